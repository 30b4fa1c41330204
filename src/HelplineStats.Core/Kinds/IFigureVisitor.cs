namespace HelplineStats.Core.Kinds;

/// <summary>
/// Work done once per figure type, outside the kinds (the words of a claim): each kind hands its figure, as its own type,
/// to the one method for it (<see cref="FigureKinds.Accept{T}(Model.PublishedFigure, IFigureVisitor{T})"/>). A new kind
/// adds a method here, and every visitor stops compiling until it says what to do with it.
/// </summary>
/// <typeparam name="T">What the visit gives.</typeparam>
internal interface IFigureVisitor<out T>
{
    /// <summary>A count.</summary>
    T Visit(CountFigure figure);

    /// <summary>A share.</summary>
    T Visit(ShareFigure figure);

    /// <summary>A relative change.</summary>
    T Visit(RelativeChangeFigure figure);

    /// <summary>An absolute change.</summary>
    T Visit(AbsoluteChangeFigure figure);

    /// <summary>A change in percentage points.</summary>
    T Visit(PercentagePointChangeFigure figure);

    /// <summary>A multiple.</summary>
    T Visit(MultipleFigure figure);

    /// <summary>An average per day or per week.</summary>
    T Visit(RateFigure figure);

    /// <summary>A natural frequency, "one in N".</summary>
    T Visit(OneInNFigure figure);

    /// <summary>A total since the launch.</summary>
    T Visit(SinceLaunchFigure figure);

    /// <summary>A highest or lowest since the launch.</summary>
    T Visit(RecordFigure figure);

    /// <summary>A helpline's age.</summary>
    T Visit(AgeFigure figure);

    /// <summary>A ratio of two counts.</summary>
    T Visit(RatioFigure figure);
}
