using System.Collections.Generic;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>
/// Figures of one kind printed for every part of a breakdown, which together must make up its whole when the breakdown is
/// complete: the shares of the total of a complete breakdown add up to 100%. The audit holds <see cref="Sum"/> to
/// <see cref="Whole"/> within <see cref="Slack"/> (half a step of each figure's precision).
/// </summary>
/// <param name="Breakdown">The breakdown whose parts the figures are of.</param>
/// <param name="Figures">One figure per part.</param>
/// <param name="Sum">The printed values added up.</param>
/// <param name="Slack">How far rounding each to its precision may move the sum.</param>
/// <param name="Whole">What the values make up (100 for percentages).</param>
internal sealed record PrintedParts(Breakdown Breakdown, IReadOnlyList<PublishedFigure> Figures, decimal Sum, decimal Slack, decimal Whole);
