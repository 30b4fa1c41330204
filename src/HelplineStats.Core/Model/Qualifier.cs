namespace HelplineStats.Core.Model;

/// <summary>
/// The word that comes with a printed figure and bounds the exact value v against the printed value X
/// (the table in the design notes on figures). The qualifier is part of the figure.
/// </summary>
public enum Qualifier
{
    /// <summary>No word: on a count or percentage, v rounds to X at the printed precision; on a multiple or one-in-N, v lies within a tolerance of X.</summary>
    None = 0,

    /// <summary>"About" (<c>ongeveer</c>, <c>zo'n</c>): v lies within a tolerance of X.</summary>
    About = 1,

    /// <summary>"Almost" (<c>bijna</c>): X − tolerance ≤ v &lt; X.</summary>
    Almost = 2,

    /// <summary>"More than", "over", "well over" (<c>meer dan</c>, <c>ruim</c>): v &gt; X.</summary>
    MoreThan = 3,

    /// <summary>"Less than" (<c>minder dan</c>): v &lt; X.</summary>
    LessThan = 4,
}
