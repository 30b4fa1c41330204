using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A figure read as a part of a whole: the part, the whole, and what the fraction is multiplied by to give the printed unit (100 for percent).</summary>
/// <param name="Part">The part.</param>
/// <param name="Whole">The whole.</param>
/// <param name="Scale">100 for a share in percent, 1 for a fraction.</param>
internal sealed record PartOfWhole(ObservationKey Part, ObservationKey Whole, Rational Scale);
