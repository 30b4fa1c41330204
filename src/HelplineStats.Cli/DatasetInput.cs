using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;

namespace HelplineStats.Cli;

/// <summary>Where a command's data comes from: the files given on the command line, or the embedded 2021 figures.</summary>
internal static class DatasetInput
{
    /// <summary>The files named as arguments and with <c>--input</c>, together.</summary>
    internal static IReadOnlyList<string> Files(string[]? arguments, string[]? inputs) =>
        (arguments ?? Array.Empty<string>()).Concat(inputs ?? Array.Empty<string>()).ToList();

    /// <summary>The <c>--input</c> option every command that reads data has.</summary>
    internal static System.CommandLine.Option<string[]> InputOption() =>
        new("--input") { Description = "A JSON or CSV file to read, by extension (default: the embedded 2021 figures); repeatable.", AllowMultipleArgumentsPerToken = true };

    /// <summary>Reads and merges the files, or returns the embedded data when there are none.</summary>
    /// <exception cref="CliInputException">A file is missing, of an unknown kind, malformed, or disagrees with another.</exception>
    internal static Dataset Load(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return EmbeddedData.FlemishHelplines2021;
        }
        Dataset merged = Dataset.Empty;
        foreach (string file in files)
        {
            RequireFile(file);
            string extension = Path.GetExtension(file).ToLowerInvariant();
            if (extension is not (".json" or ".csv"))
            {
                throw new CliInputException($"{file}: expected a .json or .csv file.");
            }
            try
            {
                Dataset read;
                if (extension == ".json")
                {
                    read = DatasetJsonReader.ReadFile(file);
                }
                else
                {
                    using var reader = new StreamReader(file);
                    read = DatasetCsvReader.Read(reader, file);
                }
                merged = merged.Merge(read);
            }
            catch (DataFormatException e)
            {
                throw new CliInputException(e.Message);
            }
            catch (DataConflictException e)
            {
                throw new CliInputException($"{file}: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliInputException($"{file}: cannot be read: {e.Message}");
            }
        }
        return merged;
    }

    /// <summary>Refuses a path that names no file: a missing one, or a directory.</summary>
    /// <exception cref="CliInputException">There is no file at <paramref name="path"/>.</exception>
    internal static void RequireFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException($"{path}: is a directory; give a file.");
        }
        if (!File.Exists(path))
        {
            throw new CliInputException($"{path}: no such file.");
        }
    }

    /// <summary>Keeps the reports of the given helplines and years (all when none are given).</summary>
    /// <exception cref="CliInputException">A helpline id or year matches no report.</exception>
    internal static Dataset Filter(Dataset dataset, IReadOnlyList<string> helplines, IReadOnlyList<int> years)
    {
        foreach (string id in helplines.Where(id => !dataset.Helplines.Any(h => h.Id.Value == id)))
        {
            throw new CliInputException($"--helpline: no report of a helpline '{id}'; the data has {string.Join(", ", dataset.Helplines.Select(h => h.Id.Value))}.");
        }
        foreach (int year in years.Where(year => !dataset.Reports.Any(r => r.Period.Start.Year == year)))
        {
            throw new CliInputException($"--year: no report for {year}; the data has {string.Join(", ", dataset.Reports.Select(r => r.Period.Start.Year).Distinct().Order())}.");
        }
        return Dataset.Of(dataset.Reports.Where(r =>
            (helplines.Count == 0 || helplines.Contains(r.Helpline.Id.Value)) && (years.Count == 0 || years.Contains(r.Period.Start.Year))));
    }
}
