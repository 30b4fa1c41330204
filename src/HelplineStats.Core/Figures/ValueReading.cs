using System;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// How a printed value is read against its exact value, and how an exact value is printed: what the
/// <see cref="QualifierTable"/> needs to know of a figure besides its number. Each figure kind names its reading; the
/// table never asks which kind a figure is.
/// </summary>
/// <remarks>
/// <para>There are four: <see cref="Rounded"/> (counts, percentages, changes, rates, ratios, ages),
/// <see cref="Multiple"/>, <see cref="OneInN"/> and <see cref="Unrounded"/> (records, whose value is a claim, not a
/// rounding). They differ in three ways:</para>
/// <list type="table">
/// <listheader><term>reading</term><description>what the printed number is; what a number without a qualifier claims; how an exact value is printed</description></listheader>
/// <item><term><see cref="Rounded"/></term><description>the value; that the exact value rounds to it; rounded, with no qualifier</description></item>
/// <item><term><see cref="Multiple"/></term><description>the value; at a step of 1 or more ("3×") that it lies within the tolerance, at a finer step ("3.5×") that it rounds to it; rounded, with a qualifier naming the side when that is not exact</description></item>
/// <item><term><see cref="OneInN"/></term><description>N, read as the share 1/N; that the share lies within the tolerance of 1/N; not by the table (<see cref="NaturalFrequency"/> chooses N)</description></item>
/// <item><term><see cref="Unrounded"/></term><description>the value; that the exact value rounds to it; not by the table</description></item>
/// </list>
/// <para>Immutable and thread-safe; the four are the only instances, so equality is by reference.</para>
/// </remarks>
public sealed class ValueReading
{
    private readonly string _name;
    private readonly bool _bareWithinTolerance;
    private readonly bool _bareWholeWithinTolerance;

    private ValueReading(string name, bool reciprocal, bool bareWithinTolerance, bool bareWholeWithinTolerance, bool phrased, bool namesSide)
    {
        _name = name;
        IsReciprocal = reciprocal;
        _bareWithinTolerance = bareWithinTolerance;
        _bareWholeWithinTolerance = bareWholeWithinTolerance;
        IsPhrased = phrased;
        NamesSide = namesSide;
    }

    /// <summary>A value printed rounded: a bare number claims that the exact value rounds to it.</summary>
    public static ValueReading Rounded { get; } = new("rounded", false, false, false, true, false);

    /// <summary>A multiple ("3 times as many"): a bare whole number is within the tolerance, a bare number with decimals
    /// rounds to it, and a value that is not exact is printed with the side it lies on ("more than 3", "almost 3.5").</summary>
    public static ValueReading Multiple { get; } = new("multiple", false, false, true, true, true);

    /// <summary>"One in N": the printed N stands for the share 1/N, and a bare "one in N" is within the tolerance of it.</summary>
    public static ValueReading OneInN { get; } = new("one in N", true, true, false, false, false);

    /// <summary>A value that is claimed rather than rounded (a record: "the most calls since the launch"): read as
    /// <see cref="Rounded"/>, but not printed by the table.</summary>
    public static ValueReading Unrounded { get; } = new("unrounded", false, false, false, false, false);

    /// <summary>Whether the printed number is N of "one in N", so the exact value is compared with 1/N.</summary>
    internal bool IsReciprocal { get; }

    /// <summary>Whether <see cref="QualifierTable.Phrase"/> prints such a value.</summary>
    internal bool IsPhrased { get; }

    /// <summary>Whether a value that is not exact is printed with a qualifier naming its side.</summary>
    internal bool NamesSide { get; }

    /// <summary>Whether a number printed without a qualifier at <paramref name="precision"/> claims "within the tolerance"
    /// rather than "rounds to".</summary>
    internal bool BareIsWithinTolerance(Precision precision) => _bareWithinTolerance || (_bareWholeWithinTolerance && precision.Step >= 1m);

    /// <summary>The name of the reading, such as <c>multiple</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => _name;
}
