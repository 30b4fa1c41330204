namespace HelplineStats.Core.Audit;

/// <summary>
/// What the audit concluded about one published figure. In machine output (the audit and report JSON and CSV) the names
/// are written in kebab case: <c>confirmed</c>, <c>contradicted</c>, <c>not-checkable</c>, <c>consistent-together</c>.
/// </summary>
public enum VerdictKind
{
    /// <summary>The counts give a value that the printed figure, with its precision and qualifier, allows.</summary>
    Confirmed = 0,

    /// <summary>The counts (or the other figures about the same unknown count) contradict the printed figure.</summary>
    Contradicted = 1,

    /// <summary>A count the figure needs is not known; the verdict says which, and the interval the figure implies for it.</summary>
    NotCheckable = 2,

    /// <summary>
    /// A count the figure needs is not known, but other figures (or sums and since-launch chains) constrain the same
    /// counts, and they can all be true together: the verdict gives the intervals they jointly imply.
    /// </summary>
    ConsistentTogether = 3,
}
