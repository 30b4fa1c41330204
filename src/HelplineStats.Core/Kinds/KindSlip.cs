using HelplineStats.Core.Figures;

namespace HelplineStats.Core.Kinds;

/// <summary>
/// A slip only one kind can make (a relative change over the wrong base, an average over the wrong days): the value it
/// would give and the numbers behind it. The kind proposes them; the audit keeps those the printing allows and explains them.
/// </summary>
/// <param name="Value">The exact value the slip gives.</param>
internal abstract record KindSlip(Rational Value);
