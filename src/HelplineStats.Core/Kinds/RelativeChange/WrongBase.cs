using HelplineStats.Core.Figures;

namespace HelplineStats.Core.Kinds;

/// <summary>A relative change divided by the later count instead of the earlier one.</summary>
/// <param name="Value">The change in percent that gives.</param>
/// <param name="Change">Later minus earlier.</param>
/// <param name="DividedBy">The later count.</param>
/// <param name="EarlierCount">The earlier count, the right base.</param>
internal sealed record WrongBase(Rational Value, long Change, long DividedBy, long EarlierCount) : KindSlip(Value);
