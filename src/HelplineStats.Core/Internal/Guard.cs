using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace HelplineStats.Core.Internal;

/// <summary>Argument checks shared by every public factory and constructor (NodaTime's Preconditions).</summary>
internal static class Guard
{
    /// <summary>The longest id the library accepts.</summary>
    internal const int MaxIdLength = 64;

    internal static T NotNull<T>(T? value, string paramName) where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    internal static string NotBlank(string? value, string paramName)
    {
        string text = NotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"{paramName} must not be empty or white space.", paramName);
        }
        return text;
    }

    internal static long NonNegative(long value, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must not be negative; it was {value.ToString(CultureInfo.InvariantCulture)}.");
        }
        return value;
    }

    internal static int InRange(int value, int min, int max, string paramName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Create(CultureInfo.InvariantCulture, $"{paramName} must lie between {min} and {max}; it was {value}."));
        }
        return value;
    }

    internal static LocalDate Iso(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{paramName} must be in the ISO calendar; it was in {date.Calendar.Id}.", paramName);
        }
        return date;
    }

    /// <summary>
    /// Checks a stable id: 1 to 64 characters of lower-case ASCII letters, digits, '-', '_' and '.',
    /// starting and ending with a letter or digit.
    /// </summary>
    internal static string Id(string? value, string paramName)
    {
        string id = NotNull(value, paramName);
        if (IdProblem(id) is string problem)
        {
            throw new ArgumentException($"{paramName} {Quoted.Of(id)} is not a valid id: {problem}.", paramName);
        }
        return id;
    }

    /// <summary>Why <paramref name="value"/> is not a valid id, or <c>null</c> when it is one.</summary>
    internal static string? IdProblem(string value)
    {
        if (value.Length == 0)
        {
            return "it is empty";
        }
        if (value.Length > MaxIdLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it has {value.Length} characters, more than {MaxIdLength}");
        }
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool alnum = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (!alnum && (c is not ('-' or '_' or '.') || i == 0 || i == value.Length - 1))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"character {Quoted.Of(value.AsSpan(i, 1))} at position {i} is not allowed (use lower-case letters and digits, with '-', '_' or '.' inside)");
            }
        }
        return null;
    }

    internal static IReadOnlyList<T> NoNullItems<T>(IEnumerable<T?>? items, string paramName) where T : class
    {
        var list = new List<T>();
        int index = 0;
        foreach (T? item in NotNull(items, paramName))
        {
            if (item is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName}[{index}] is null."), paramName);
            }
            list.Add(item);
            index++;
        }
        return list.AsReadOnly();
    }
}
