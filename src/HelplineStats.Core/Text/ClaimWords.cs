using HelplineStats.Core.Audit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// What a figure says, as a sentence of its kind: "In 2021 kwamen 7.310 oproepen binnen", "58% van de contacten kwam
/// binnen via chat". One method per figure type, called by the kind (<see cref="FigureKinds.Accept{T}"/>).
/// </summary>
internal sealed class ClaimWords : IFigureVisitor<string>
{
    private readonly FigureVerdict _verdict;
    private readonly Wording _w;
    private readonly Phrasebook _p;
    private readonly ReportingPeriod _report;

    private ClaimWords(FigureVerdict verdict, Wording w)
    {
        _verdict = verdict;
        _w = w;
        _p = w.Phrases;
        _report = verdict.ReportPeriod;
    }

    /// <summary>The claim of the verdict's figure.</summary>
    internal static string Of(FigureVerdict verdict, Wording w) => FigureKinds.Accept(verdict.Figure, new ClaimWords(verdict, w));

    /// <summary>The qualifier and the number: "bijna 58".</summary>
    private string Number(PublishedFigure figure, decimal value) => _w.Qualifier(figure.Qualifier) + _w.Number(value);

    /// <summary>The qualifier and the signed number: "meer dan +6".</summary>
    private string Signed(PublishedFigure figure, decimal value) => _w.Qualifier(figure.Qualifier) + _w.Signed(value);

    public string Visit(CountFigure figure)
    {
        bool plural = _w.IsPlural(figure.Number);
        return _w.F(_p.Count.For(figure.Number), Number(figure, figure.Number), _w.Key(figure.Subject, _report, plural));
    }

    public string Visit(SinceLaunchFigure figure)
    {
        bool plural = _w.IsPlural(figure.Total);
        return _w.F(_p.Cumulative.For(figure.Total), Wording.Capitalise(_w.PeriodFrom(figure.Subject.Period, _report, figure.Subject.Helpline)),
            Number(figure, figure.Total), _w.Key(figure.Subject, _report, plural, withPeriod: false));
    }

    public string Visit(ShareFigure figure) =>
        Predicate(figure.Subject, figure.Whole, plural: true) is string predicate
            ? _w.F(_p.SharePredicate, Number(figure, figure.Percent), Whole(figure.Whole, figure.Basis), predicate)
            : _w.F(_p.ShareAmountsTo, _w.Key(figure.Subject, _report), Number(figure, figure.Percent), SamePeriodWhole(figure.Subject, figure.Whole, figure.Basis));

    public string Visit(OneInNFigure figure)
    {
        string q = _w.Qualifier(figure.Qualifier);
        return Predicate(figure.Subject, figure.Whole, plural: false) is string predicate
            ? _w.F(_p.OneInNPredicate, q, _w.Number(figure.N), Whole(figure.Whole, figure.Basis), predicate)
            : _w.F(_p.OneInNAmountsTo, _w.Key(figure.Subject, _report), q, _w.Number(figure.N), SamePeriodWhole(figure.Subject, figure.Whole, figure.Basis));
    }

    public string Visit(RelativeChangeFigure figure) =>
        _w.F(_p.RelativeChange, _w.Key(figure.Subject, _report), Signed(figure, figure.Percent), _w.PeriodName(figure.ComparisonPeriod));

    public string Visit(AbsoluteChangeFigure figure) =>
        _w.F(_p.AbsoluteChange, _w.Key(figure.Subject, _report), Signed(figure, figure.Difference), _w.PeriodName(figure.ComparisonPeriod));

    public string Visit(PercentagePointChangeFigure figure) =>
        _w.F(_p.PointsChange.For(figure.Points), Part(figure.Subject), Whole(figure.Whole, figure.Basis),
            Signed(figure, figure.Points), _w.PeriodName(figure.ComparisonPeriod));

    public string Visit(MultipleFigure figure) =>
        _w.F(_p.Multiple, Number(figure, figure.Times), _w.Key(figure.Subject, _report), _w.PeriodName(figure.ComparisonPeriod));

    public string Visit(RateFigure figure)
    {
        bool plural = _w.IsPlural(figure.Rate);
        string template = (figure.Unit == RateUnit.PerDay ? _p.AveragePerDay : _p.AveragePerWeek).For(figure.Rate);
        return _w.F(template, Number(figure, figure.Rate), _w.Key(figure.Subject, _report, plural, withPeriod: false), PeriodAfter(figure.Subject));
    }

    public string Visit(RecordFigure figure) =>
        _w.F(figure.Direction == RecordDirection.Highest ? _p.Highest : _p.Lowest, _w.Key(figure.Subject, _report, withPeriod: false),
            _w.Period(figure.Subject.Period, figure.Subject.Helpline));

    public string Visit(AgeFigure figure) =>
        _w.F(_p.Age.For(figure.Years), _w.HelplineName(_verdict.Helpline), Number(figure, figure.Years), figure.Period.Start.Year);

    public string Visit(RatioFigure figure) =>
        _w.F(_p.Ratio, Number(figure, figure.Ratio), _w.Key(figure.Subject, _report), _w.Key(figure.Denominator, _report, plural: false));

    /// <summary>
    /// The period of a rate after "a day" ("20 calls a day since the launch in May 2017"), empty when it is the report's:
    /// a period inside the noun phrase would read "20 calls since the launch in May 2017 a day".
    /// </summary>
    private string PeriodAfter(ObservationKey subject) =>
        subject.Period.Equals(_report) ? "" : " " + _w.PeriodFrom(subject.Period, _report, subject.Helpline);

    /// <summary>The whole of a share: "oproepen", "contactnemers van wie het gegeven gekend is".</summary>
    private string Whole(ObservationKey whole, ShareBasis basis)
    {
        string words = _w.Key(whole, _report);
        return basis == ShareBasis.Known ? _w.F(_p.WhereKnown, words) : words;
    }

    /// <summary>The whole of a share, without its period when the part has said it already.</summary>
    private string SamePeriodWhole(ObservationKey subject, ObservationKey whole, ShareBasis basis)
    {
        string words = whole.Period.Equals(subject.Period) ? _w.Key(whole, _report, withPeriod: false) : _w.Key(whole, _report);
        return basis == ShareBasis.Known ? _w.F(_p.WhereKnown, words) : words;
    }

    /// <summary>What sets the part apart from its whole, as a predicate ("kwam binnen via chat"), or null when the part is not a sub-count of the whole.</summary>
    private string? Predicate(ObservationKey subject, ObservationKey whole, bool plural)
    {
        if (!subject.Metric.Equals(whole.Metric) || !subject.Period.Equals(whole.Period))
        {
            return null;
        }
        string? channel = subject.Channel is Channel c && whole.Channel is null
            ? _w.F(plural ? _p.CameInBy : _p.CameInByOne, _w.Channel(c)) : null;
        string? category = subject.Category is Category k && whole.Category is null
            ? _w.F(plural ? _p.FallsUnder : _p.FallsUnderOne, _w.Category(k)) : null;
        return (channel, category) switch
        {
            (string a, string b) => _w.F(_p.PredicateAnd, a, b),
            (string a, null) => a,
            (null, string b) => b,
            _ => null,
        };
    }

    /// <summary>The part of a percentage-point change: "‘corona’", "chat".</summary>
    private string Part(ObservationKey subject)
    {
        if (subject.Category is Category category)
        {
            return _w.F(_w.Phrases.Quoted, _w.Category(category));
        }
        return subject.Channel is Channel channel ? _w.Channel(channel) : _w.Noun(subject.Metric, plural: true);
    }
}
