using System;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Data;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Rendering;

// A user's first program: build a report from counts, read it back, and fail loudly if anything is off.
Helpline teleOnthaal = Helplines.TeleOnthaal;
DatedPeriod year = ReportingPeriod.Year(2021);
var calls = new ObservationKey(teleOnthaal.Id, year, Metric.Calls);

Report report = Report.Create(teleOnthaal, year, breakdowns: new[]
{
    Breakdown.ByChannel(calls.Observe(137_669), BreakdownCoverage.Complete, (Channel.Phone, 118_408), (Channel.Chat, 19_261)),
});

long phone = report.Find(calls.WithChannel(Channel.Phone))?.Value ?? throw new InvalidOperationException("The report has no exact count of calls by phone.");
decimal phoneShare = Rational.Of(phone * 100, 137_669).Round(0, RoundingMode.HalfAwayFromZero);
int days = year.Days;
Console.WriteLine($"{report} | phone share {phoneShare}% | {days} days | launch {(teleOnthaal.LaunchDate is null ? "unknown" : "known")}");

bool ok = phoneShare == 86m && days == 365 && report.Observations.Count == 3 && teleOnthaal.LaunchDate is null;
if (!ok)
{
    Console.Error.WriteLine("The packed HelplineStats.Core did not behave as documented.");
}

// The packed HelplineStats.Rendering: the embedded 2021 page as HTML, through its embedded template and style sheet.
Dataset page = EmbeddedData.FlemishHelplines2021;
string html = PageRenderer.Default.Render(page, Auditor.Default.Audit(page), TextCulture.English, new NodaTime.LocalDate(2022, 3, 12));
bool rendered = html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) && html.Contains("<h1>Helplines in figures</h1>", StringComparison.Ordinal)
    && html.Contains("<svg", StringComparison.Ordinal) && html.Contains("--bar-main", StringComparison.Ordinal);
Console.WriteLine($"HTML page: {html.Length} characters, {(rendered ? "as documented" : "NOT as documented")}");
if (!rendered)
{
    Console.Error.WriteLine("The packed HelplineStats.Rendering did not write the page as documented.");
}
ok &= rendered;
return ok ? 0 : 1;
