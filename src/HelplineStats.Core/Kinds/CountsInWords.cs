namespace HelplineStats.Core.Kinds;

/// <summary>How a kind's counts are said beside the value they give: the shape of the sentence, not its words.</summary>
internal enum CountsInWords
{
    /// <summary>Not said (the value needs no counts beside it, or more than the sentence can hold).</summary>
    None = 0,

    /// <summary>A part of a whole: "75 van de 410 contacten", with the unknown of the whole when there is one.</summary>
    PartOfWhole = 1,

    /// <summary>From the earlier to the later count: "van 139.092 naar 137.669 oproepen".</summary>
    FromTo = 2,

    /// <summary>A count over the days of its period: "7.310 oproepen over 365 dagen".</summary>
    OverDays = 3,

    /// <summary>One count per another: "1.200 gesprekken per 800 contactnemers".</summary>
    Per = 4,
}
