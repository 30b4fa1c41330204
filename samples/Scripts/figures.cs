#!/usr/bin/env dotnet
// A .NET 10 file-based app: `dotnet run figures.cs`, no project file. It reads the 2021 page that ships inside the
// package, checks every published figure against its counts, and works out two figures of its own.
//
// The package comes from the repository's own feed (nuget.config beside this file names it; run
// `dotnet pack src/HelplineStats.Core -c Release -o artifacts/packages` from the root first). Once HelplineStats.Core is
// on a feed you use, `#:package HelplineStats.Core@*` alone is enough. `-p:HelplineStatsVersion=X` pins a version.
#:package HelplineStats.Core@$(HelplineStatsVersion)
#:property HelplineStatsVersion=*-*

using HelplineStats.Core.Audit;
using HelplineStats.Core.Data;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

Dataset page = EmbeddedData.FlemishHelplines2021;
AuditResult audit = Auditor.Default.Audit(page);
Console.WriteLine(page);
Console.WriteLine(audit);
foreach (FigureVerdict verdict in audit.Contradicted)
{
    Console.WriteLine($"contradicted: {verdict.Reference}");
}

// Two figures worked out from Tele-Onthaal's counts: the phone's share of the 2021 calls, and the change since 2020.
var calls = new ObservationKey(Helplines.TeleOnthaal.Id, ReportingPeriod.Year(2021), Metric.Calls);
Share byPhone = Share.Of(CountOf(calls.WithChannel(Channel.Phone)), CountOf(calls));
Change sinceLastYear = Change.Between(CountOf(calls.WithPeriod(ReportingPeriod.Year(2020))), CountOf(calls));
Console.WriteLine($"phone: {byPhone}");
Console.WriteLine($"since 2020: {sinceLastYear}");

// The count a report holds for a key; the page is known to have it, so a missing one is a bug worth failing on.
Count CountOf(ObservationKey key) =>
    page.Find(key.Helpline, key.Period)?.Find(key)?.Count
    ?? throw new InvalidOperationException($"The page has no count for {key}.");
