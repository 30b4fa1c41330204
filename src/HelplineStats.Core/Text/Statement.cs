using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Audit;

namespace HelplineStats.Core.Text;

/// <summary>One sentence about one published figure, with the link back to the figure and its verdict.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Statement
{
    internal Statement(string text, FigureVerdict verdict)
    {
        Text = text;
        Verdict = verdict;
    }

    /// <summary>The sentence.</summary>
    public string Text { get; }

    /// <summary>The verdict (and through it the figure) the sentence was made from.</summary>
    public FigureVerdict Verdict { get; }

    /// <summary>The id of the figure the sentence is about.</summary>
    public string FigureId => Verdict.Figure.Id;

    /// <summary>The sentence.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
