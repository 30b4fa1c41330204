using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using HelplineStats.Core.Model;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Cli;

/// <summary>
/// <c>helpline-stats report</c>: what the library knows. For now, the ready-made helplines with their descriptions,
/// launch dates, ages and channels; later the figures of their reports.
/// </summary>
internal static class ReportCommand
{
    /// <summary>The time zone in which "today" is read for the Flemish helplines.</summary>
    private const string HomeZone = "Europe/Brussels";

    internal static Command Create(IClock clock)
    {
        var helplineOption = new Option<string[]>("--helpline")
        {
            Description = "Only these helplines (ids: " + string.Join(", ", Helplines.All.Select(h => h.Id.Value)) + ").",
            AllowMultipleArgumentsPerToken = true,
        };
        var asOfOption = new Option<string?>("--as-of")
        {
            Description = "The day ages are measured on (YYYY-MM-DD); default: today in " + HomeZone + ".",
        };
        var command = new Command("report", "Print what the library knows about the built-in helplines.")
        {
            helplineOption,
            asOfOption,
        };
        command.SetAction(parsed =>
        {
            LocalDate asOf = ParseAsOf(parsed.GetValue(asOfOption), clock);
            IReadOnlyList<Helpline> helplines = Select(parsed.GetValue(helplineOption));
            Write(parsed.InvocationConfiguration.Output, helplines, asOf);
            return CliApp.ExitOk;
        });
        return command;
    }

    private static LocalDate ParseAsOf(string? text, IClock clock)
    {
        if (text is null)
        {
            return clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[HomeZone]).Date;
        }
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new CliInputException($"--as-of: '{text}' is not a date; write it as YYYY-MM-DD, for example 2021-12-31.");
    }

    private static IReadOnlyList<Helpline> Select(string[]? ids)
    {
        if (ids is null || ids.Length == 0)
        {
            return Helplines.All;
        }
        var selected = new List<Helpline>();
        foreach (string id in ids)
        {
            Helpline helpline = Helplines.All.FirstOrDefault(h => string.Equals(h.Id.Value, id, StringComparison.Ordinal))
                ?? throw new CliInputException(
                    $"--helpline: there is no built-in helpline '{id}'; known ids are {string.Join(", ", Helplines.All.Select(h => h.Id.Value))}.");
            if (!selected.Contains(helpline))
            {
                selected.Add(helpline);
            }
        }
        return selected;
    }

    private static void Write(TextWriter output, IReadOnlyList<Helpline> helplines, LocalDate asOf)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        output.WriteLine($"Helplines known to HelplineStats.Core (ages on {LocalDatePattern.Iso.Format(asOf)})");
        foreach (Helpline helpline in helplines)
        {
            output.WriteLine();
            string otherNames = helpline.OtherNames.Count == 0 ? "" : $" (also: {string.Join(", ", helpline.OtherNames)})";
            output.WriteLine($"{helpline.Name}{otherNames}  [id: {helpline.Id}]");
            output.WriteLine($"  {helpline.Description}");
            output.WriteLine($"  Launched:  {(helpline.LaunchDate is LocalDate launch ? LocalDatePattern.Iso.Format(launch) : "unknown")}");
            output.WriteLine($"  Age:       {DescribeAge(helpline, asOf, invariant)}");
            output.WriteLine($"  Channels:  {string.Join(", ", helpline.Channels.Select(c => c.ToString()))}");
            output.WriteLine($"  Anonymity: {DescribeAnonymity(helpline.Anonymity)}");
        }
    }

    private static string DescribeAge(Helpline helpline, LocalDate asOf, CultureInfo culture)
    {
        if (helpline.LaunchDate is not LocalDate launch)
        {
            return "unknown (no launch date)";
        }
        if (asOf < launch)
        {
            return "not launched yet";
        }
        Period age = helpline.AgeOn(asOf)!;
        return string.Create(culture, $"{age.Years} {(age.Years == 1 ? "year" : "years")}, {age.Months} {(age.Months == 1 ? "month" : "months")} and {age.Days} {(age.Days == 1 ? "day" : "days")}");
    }

    private static string DescribeAnonymity(AnonymityPolicy policy) => policy switch
    {
        AnonymityPolicy.AlwaysAnonymous => "always anonymous",
        AnonymityPolicy.CallerChooses => "callers may stay anonymous",
        AnonymityPolicy.NotAnonymous => "callers are identified",
        _ => "not known",
    };
}
