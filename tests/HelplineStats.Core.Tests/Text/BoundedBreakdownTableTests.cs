using System;
using System.Linq;
using System.Text.Json;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;

namespace HelplineStats.Core.Tests.Text;

/// <summary>
/// A protected table as the page shows it, in words and as data: 40 calls (30 by phone, 7 by chat, 3 by e-mail) with a
/// minimum count of 5 show e-mail as "fewer than 5" and hide chat (40 − 30 would give it away with e-mail: 10 less 1 to
/// 4 is 6 to 9, so chat is hidden too and neither can be worked out).
/// </summary>
public sealed class BoundedBreakdownTableTests
{
    private static readonly ObservationKey Calls = new(Helplines.Line1712.Id, ReportingPeriod.Year(2022), Metric.Calls);

    private static Dataset Protected() => DisclosurePolicy.Default.Protect(Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2022),
        breakdowns: new[] { Breakdown.ByChannel(Calls.Observe(40), BreakdownCoverage.Complete, (Channel.Phone, 30), (Channel.Chat, 7), (Channel.Email, 3)) }))).Dataset;

    private static ReportPage Page(Dataset dataset, TextCulture culture) =>
        ReportPage.Of(dataset, Auditor.Default.Audit(dataset), culture, new NodaTime.LocalDate(2022, 12, 31));

    [Fact]
    public void Of_AProtectedBreakdown_GivesEachCountAsShownWithItsBounds()
    {
        BreakdownTable table = Assert.Single(BreakdownTable.Of(Protected().Reports.Single(), TextCulture.English));
        Assert.Equal("Calls by channel", table.Title);
        Assert.Equal("Calls by channel", table.ToString());
        Assert.Equal(Helplines.Line1712.Id, table.Helpline);
        Assert.Equal(ReportingPeriod.Year(2022), table.ReportPeriod);
        Assert.Equal(new[] { "phone: 30", "chat: not published", "e-mail: fewer than 5" }, table.Rows.Select(row => row.ToString()));
        Assert.Equal(new[] { CountBounds.Exactly(30), CountBounds.Unknown, CountBounds.Between(1, 4) }, table.Rows.Select(row => row.Part.Bounds));
        Assert.Equal(Calls.WithChannel(Channel.Email), table.Rows[2].Part.Key);
        Assert.Equal("total: 40", table.Total.ToString());
        Assert.Equal(Calls, table.Total.Part.Key);
        Assert.Equal(new[]
        {
            "A count from 1 to 4 is shown as ‘fewer than 5’, so that no one can be recognised in it.",
            "‘Not published’: that count is left out, because a small count could otherwise be worked out from it.",
        }, table.Notes);
    }

    [Fact]
    public void ToTextAndMarkdown_AlignTheCountsAndEndWithTheNotes_InDutch()
    {
        BreakdownTable table = Assert.Single(BreakdownTable.Of(Protected().Reports.Single(), TextCulture.Dutch));
        Assert.Equal(
            "  Oproepen per kanaal\n"
            + "    telefoon                 30\n"
            + "    chat      niet gepubliceerd\n"
            + "    e-mail         minder dan 5\n"
            + "    ---------------------------\n"
            + "    totaal                   40\n"
            + "    Een aantal van 1 tot 4 staat er als ‘minder dan 5’, opdat niemand erin te herkennen is.\n"
            + "    ‘Niet gepubliceerd’: dat aantal is weggelaten, omdat er anders een klein aantal uit terug te rekenen is.\n",
            table.ToText(2));
        Assert.Equal(
            "#### Oproepen per kanaal\n\n| deel | aantal |\n| --- | ---: |\n| telefoon | 30 |\n| chat | niet gepubliceerd |\n| e-mail | minder dan 5 |\n| totaal | 40 |\n"
            + "\nEen aantal van 1 tot 4 staat er als ‘minder dan 5’, opdat niemand erin te herkennen is.\n"
            + "\n‘Niet gepubliceerd’: dat aantal is weggelaten, omdat er anders een klein aantal uit terug te rekenen is.\n",
            table.ToMarkdown());
        Assert.Throws<ArgumentOutOfRangeException>(() => table.ToText(-1));
    }

    [Fact]
    public void Notes_OnlyForWhatTheTableHas()
    {
        // Bounds published by someone else: 33 to 37 and at least 2 are neither small counts nor hidden ones.
        Report report = Report.Create(Helplines.Line1712, ReportingPeriod.Year(2022), breakdowns: new[]
        {
            Breakdown.Create(Calls.Observe(40), BreakdownDimension.Channel, BreakdownCoverage.Complete, new[]
            {
                new Observation(Calls.WithChannel(Channel.Phone), CountBounds.Between(33, 37)),
                new Observation(Calls.WithChannel(Channel.Chat), CountBounds.AtLeast(2)),
            }),
        });
        BreakdownTable table = Assert.Single(BreakdownTable.Of(report, TextCulture.English));
        Assert.Equal(new[] { "phone: 33 to 37", "chat: at least 2" }, table.Rows.Select(row => row.ToString()));
        Assert.Empty(table.Notes);
    }

    [Fact]
    public void Of_AReportWithoutBreakdowns_IsEmpty_AndNullsAreRefused()
    {
        Report exact = Report.Create(Helplines.Line1712, ReportingPeriod.Year(2022), new[] { Calls.Observe(40) });
        Assert.Empty(BreakdownTable.Of(exact, TextCulture.English));
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => BreakdownTable.Of(null!, TextCulture.English)).ParamName);
        Assert.Equal("culture", Assert.Throws<ArgumentNullException>(() => BreakdownTable.Of(exact, null!)).ParamName);
    }

    [Fact]
    public void ReportPage_ListsTheBoundedTables_AndTheirJsonAndCsvCarryTheBounds()
    {
        ReportPage page = Page(Protected(), TextCulture.English);
        BreakdownTable shown = Assert.Single(page.Tables);
        Assert.False(shown.IsExact);
        Assert.Equal("Calls by channel", shown.Title);

        using var json = JsonDocument.Parse(AuditJsonWriter.ToJson(page));
        JsonElement table = Assert.Single(json.RootElement.GetProperty("bounded-tables").EnumerateArray());
        Assert.Equal("1712/2022/calls", table.GetProperty("total-key").GetString());
        Assert.Equal("complete", table.GetProperty("coverage").GetString());
        JsonElement email = table.GetProperty("rows")[2];
        Assert.Equal("1712/2022/calls/email", email.GetProperty("key").GetString());
        Assert.Equal("fewer than 5", email.GetProperty("shown").GetString());
        Assert.Equal(1, email.GetProperty("low").GetInt64());
        Assert.Equal(4, email.GetProperty("high").GetInt64());
        JsonElement chat = table.GetProperty("rows")[1];
        Assert.Equal(0, chat.GetProperty("low").GetInt64());
        Assert.Equal(JsonValueKind.Null, chat.GetProperty("high").ValueKind);
        Assert.Equal(40, table.GetProperty("total").GetProperty("low").GetInt64());
        Assert.Equal(40, table.GetProperty("total").GetProperty("high").GetInt64());
        Assert.Equal(2, table.GetProperty("notes").GetArrayLength());

        string csv = ReportCsvWriter.ToCsv(page);
        Assert.Contains("\nbounded-table-row,1712,2022,,,,,1712/2022/calls,1712/2022/calls/phone,30,,,,30,30,30,phone\n", csv, StringComparison.Ordinal);
        Assert.Contains("\nbounded-table-row,1712,2022,,,,,1712/2022/calls,1712/2022/calls/chat,,,,,0,,not published,chat\n", csv, StringComparison.Ordinal);
        Assert.Contains("\nbounded-table-row,1712,2022,,,,,1712/2022/calls,1712/2022/calls/email,,,,,1,4,fewer than 5,e-mail\n", csv, StringComparison.Ordinal);
        Assert.Contains("\nbounded-table-total,1712,2022,,,,,1712/2022/calls,,40,,,,40,40,40,Calls by channel\n", csv, StringComparison.Ordinal);
        Assert.All(csv.TrimEnd('\n').Split('\n'), line => Assert.Equal(ReportCsvWriter.Columns.Count, CsvFieldCount(line)));
    }

    /// <summary>The fields of one CSV line, commas inside quotes not counted.</summary>
    private static int CsvFieldCount(string line)
    {
        int fields = 1;
        bool quoted = false;
        foreach (char ch in line)
        {
            quoted ^= ch == '"';
            fields += !quoted && ch == ',' ? 1 : 0;
        }
        return fields;
    }
}
