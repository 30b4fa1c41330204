using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Records;

/// <summary>
/// A person a contact is about: the kinds of violence (multi-label: zero or more), and the age group, gender and context
/// of the violence where they are known (<c>null</c> is unknown, never a guess).
/// </summary>
/// <remarks>Equality is by every property. Immutable and thread-safe.</remarks>
public sealed record PossibleVictim
{
    /// <summary>Describes a possible victim.</summary>
    /// <param name="kindsOfViolence">The kinds of violence, each once (may be empty).</param>
    /// <param name="ageGroup">The age group, or <c>null</c> when not known.</param>
    /// <param name="gender">The gender, or <c>null</c> when not known.</param>
    /// <param name="context">The context of the violence, or <c>null</c> when not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kindsOfViolence"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">A kind of violence is repeated, or a category is the explicit unknown (leave it <c>null</c> instead).</exception>
    public PossibleVictim(IEnumerable<Category> kindsOfViolence, Category? ageGroup, Category? gender, Category? context)
    {
        KindArray = Guard.NoNullItems(kindsOfViolence, nameof(kindsOfViolence)).ToArray();
        if (KindArray.Distinct().Count() != KindArray.Length)
        {
            throw new ArgumentException("A kind of violence is listed twice.", nameof(kindsOfViolence));
        }
        foreach ((Category? category, string name) in KindArray.Select(k => ((Category?)k, nameof(kindsOfViolence)))
            .Append((ageGroup, nameof(ageGroup))).Append((gender, nameof(gender))).Append((context, nameof(context))))
        {
            if (category?.IsUnknown == true)
            {
                throw new ArgumentException($"'{category}' is the explicit unknown; leave {name} null when it is not known.", name);
            }
        }
        KindsOfViolence = Array.AsReadOnly(KindArray);
        AgeGroup = ageGroup;
        Gender = gender;
        Context = context;
    }

    /// <summary>The kinds of violence (multi-label).</summary>
    public IReadOnlyList<Category> KindsOfViolence { get; }

    /// <summary>The kinds as stored, for the aggregator's hot loop (never exposed: arrays are mutable).</summary>
    internal Category[] KindArray { get; }

    /// <summary>The age group, or <c>null</c> when not known.</summary>
    public Category? AgeGroup { get; }

    /// <summary>The gender, or <c>null</c> when not known.</summary>
    public Category? Gender { get; }

    /// <summary>The context of the violence, or <c>null</c> when not known.</summary>
    public Category? Context { get; }

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The victim to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(PossibleVictim? other) =>
        other is not null && KindArray.SequenceEqual(other.KindArray) && AgeGroup == other.AgeGroup && Gender == other.Gender && Context == other.Context;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(KindArray.Length, AgeGroup, Gender, Context);

    /// <summary>The categories, for diagnostics.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"victim [{string.Join(", ", (object[])KindArray)}] age {(object?)AgeGroup ?? "?"} gender {(object?)Gender ?? "?"} context {(object?)Context ?? "?"}";
}
