using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Tests.Audit;

/// <summary>
/// Slips the audit names, each on a contradicted figure worked by hand: per-week averages and non-leap years for the
/// wrong number of days, the launch year, and one-in-N and whole shares for the wrong whole.
/// </summary>
public sealed class SlipTests
{
    private static readonly ReportingPeriod Y2020 = ReportingPeriod.Year(2020);
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.Year(2021);

    private static FigureVerdict AuditOne(Helpline helpline, ReportingPeriod period, Observation[] counts, PublishedFigure figure) =>
        Auditor.Default.Audit(Dataset.Of(Report.Create(helpline, period, counts, figures: new[] { figure })))
            .Find(FigureReference.Of(helpline.Id, period, figure.Id))!;

    private static WrongNumberOfDaysExplanation Days(FigureVerdict verdict) =>
        Assert.IsType<WrongNumberOfDaysExplanation>(Assert.Single(verdict.Explanations, e => e.Kind == ExplanationKind.WrongNumberOfDays));

    [Fact]
    public void WrongNumberOfDays_APerWeekAverageOver365DaysOfALeapYear()
    {
        // 2020 has 366 days: 139,092 × 7 / 366 = 2,660.3 a week; over 365 days it is 2,667.6, printed 2,668.
        var calls = new ObservationKey(Helplines.TeleOnthaal.Id, Y2020, Metric.Calls);
        FigureVerdict verdict = AuditOne(Helplines.TeleOnthaal, Y2020, new[] { calls.Observe(139_092) }, RateFigure.PerWeek("per-week", calls, 2668m));
        Assert.Equal(VerdictKind.Contradicted, verdict.Kind);
        WrongNumberOfDaysExplanation slip = Days(verdict);
        Assert.Equal((139_092L, 365, 366), (slip.Count, slip.DaysDividedBy, slip.DaysOpen));
        Assert.Equal(2668m, slip.SlipValue);
    }

    [Fact]
    public void WrongNumberOfDays_366DaysInAYearOf365()
    {
        // 2021 has 365 days: 36,700 / 365 = 100.5 a day, printed 101; 36,700 / 366 = 100.3, printed 100.
        var calls = new ObservationKey(Helplines.TeleOnthaal.Id, Y2021, Metric.Calls);
        FigureVerdict verdict = AuditOne(Helplines.TeleOnthaal, Y2021, new[] { calls.Observe(36_700) }, RateFigure.PerDay("per-day", calls, 100m));
        Assert.Equal(VerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(101m, verdict.Expected!.Value.Value);
        WrongNumberOfDaysExplanation slip = Days(verdict);
        Assert.Equal((366, 365), (slip.DaysDividedBy, slip.DaysOpen));
        Assert.Equal(100m, slip.SlipValue);
    }

    [Fact]
    public void WrongNumberOfDays_TheWholeYearInsteadOfTheDaysSinceTheLaunch()
    {
        // Stop it Now! opened on 19 May 2017: 227 days. 454 contacts are 2.0 a day; over all 365 days 1.24, printed 1.2,
        // and over 366 days (as if a leap year) 1.240 too: both slips are named, in order of days.
        var contacts = new ObservationKey(Helplines.StopItNowFlanders.Id, ReportingPeriod.Year(2017), Metric.Contacts);
        FigureVerdict verdict = AuditOne(Helplines.StopItNowFlanders, ReportingPeriod.Year(2017), new[] { contacts.Observe(454) },
            RateFigure.PerDay("per-day", contacts, 1.2m, precision: Precision.DecimalPlaces(1)));
        Assert.Equal(VerdictKind.Contradicted, verdict.Kind);
        WrongNumberOfDaysExplanation[] slips = verdict.Explanations.OfType<WrongNumberOfDaysExplanation>().ToArray();
        Assert.Equal(new[] { 365, 366 }, slips.Select(e => e.DaysDividedBy));
        Assert.All(slips, e => Assert.Equal(227, e.DaysOpen));
    }

    [Fact]
    public void WrongWhole_AOneInNTakenOfAnotherMetric()
    {
        // 21,000 of 104,681 conversations is 1 in 4.98, "one in five"; 21,000 of 137,669 calls is 1 in 6.6, not one in five.
        var calls = new ObservationKey(Helplines.TeleOnthaal.Id, Y2021, Metric.Calls);
        ObservationKey conversations = calls.WithMetric(Metric.Conversations);
        Category woman = Taxonomies.Gender.Get("woman");
        Observation[] counts = { calls.Observe(137_669), calls.WithCategory(woman).Observe(21_000), conversations.Observe(104_681), conversations.WithCategory(woman).Observe(21_000) };
        FigureVerdict verdict = AuditOne(Helplines.TeleOnthaal, Y2021, counts, OneInNFigure.Of("women", calls.WithCategory(woman), calls, ShareBasis.Total, 5m));
        Assert.Equal(VerdictKind.Contradicted, verdict.Kind);
        WrongWholeExplanation slip = Assert.IsType<WrongWholeExplanation>(Assert.Single(verdict.Explanations, e => e.Kind == ExplanationKind.WrongWhole));
        Assert.Equal((21_000L, 104_681L), (slip.PartCount, slip.WholeCount));
        Assert.Equal(conversations.WithCategory(woman), slip.Part);
    }

    [Fact]
    public void WrongWhole_APartAsLargeAsItsWhole_AndOtherMetricsInOrder()
    {
        // Published 100%: phone is every contact (500 of 500) but only 500 of 800 calls (62.5%); and of the two other
        // metrics both with a phone part equal to their whole, each is named, in metric order. Referrals, none at all,
        // have no share to offer (and must not be divided by).
        var calls = new ObservationKey(Helplines.TeleOnthaal.Id, Y2021, Metric.Calls);
        ObservationKey contacts = calls.WithMetric(Metric.Contacts);
        ObservationKey conversations = calls.WithMetric(Metric.Conversations);
        Observation[] counts =
        {
            calls.Observe(800), calls.WithChannel(Channel.Phone).Observe(500),
            contacts.Observe(500), contacts.WithChannel(Channel.Phone).Observe(500),
            conversations.Observe(300), conversations.WithChannel(Channel.Phone).Observe(300),
            calls.WithMetric(Metric.Referrals).Observe(0), calls.WithMetric(Metric.Referrals).WithChannel(Channel.Phone).Observe(0),
        };
        FigureVerdict verdict = AuditOne(Helplines.TeleOnthaal, Y2021, counts,
            ShareFigure.Of("phone", calls.WithChannel(Channel.Phone), calls, ShareBasis.Total, 100m));
        Assert.Equal(VerdictKind.Contradicted, verdict.Kind);
        WrongWholeExplanation[] wrongWhole = verdict.Explanations.OfType<WrongWholeExplanation>().ToArray();
        Metric[] expected = new[] { Metric.Contacts, Metric.Conversations }.Order().ToArray();
        Assert.Equal(expected, wrongWhole.Select(e => e.Part.Metric));
    }
}
