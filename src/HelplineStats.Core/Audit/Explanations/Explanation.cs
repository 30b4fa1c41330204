using System;
using System.Collections.Generic;
using System.Globalization;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>
/// Why a figure is contradicted: a slip that reproduces the printed value, or a conflict with other figures, as data of
/// its own type with the numbers behind it, so that the text layer can word it in any language. Each type carries
/// what its kind needs and nothing else: a <see cref="WrongBaseExplanation"/> its change and the two counts, a
/// <see cref="RecordBeatenExplanation"/> the count that beats the claim.
/// </summary>
/// <remarks>
/// <para>It is abstract rather than sealed because each slip or conflict is a type of its own; only the library derives from it.</para>
/// <para>Records: equality is by type and every property (a list of figures element by element). Immutable and thread-safe.</para>
/// </remarks>
public abstract record Explanation
{
    private protected Explanation()
    {
    }

    /// <summary>The kind of slip or conflict, as files name it.</summary>
    public abstract ExplanationKind Kind { get; }

    /// <summary>The value the slip gives, rounded as the figure is printed, when the slip is a computation; otherwise <c>null</c>.</summary>
    public virtual decimal? SlipValue => null;

    /// <summary>Other figures involved (the neighbour, the figures that disagree); empty when there are none.</summary>
    public virtual IReadOnlyList<FigureReference> RelatedFigures => Array.Empty<FigureReference>();

    /// <summary>The kind as files name it, with the slip's value and the related figures when there are any:
    /// "wrong-base 12.5", "only-culprit 1712/2021/share-chat". For logs; the text layer words an explanation for readers
    /// (<see cref="HelplineStats.Core.Text.Statements"/>).</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() =>
        KebabCase.Of(Kind) + (SlipValue is decimal value ? " " + value.ToString(CultureInfo.InvariantCulture) : "")
        + (RelatedFigures.Count > 0 ? " " + string.Join(" ", RelatedFigures) : "");
}
