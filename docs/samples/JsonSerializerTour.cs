// The code of docs/formats.md, "With JsonSerializer". DocSampleTests checks that the page shows exactly the lines
// between the snippet markers, and that the output it shows is what they print.
using System;
using System.Collections.Generic;
using System.Text.Json;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;

namespace HelplineStats.Docs.Samples;

/// <summary>The model through <see cref="JsonSerializer"/>.</summary>
public static class JsonSerializerTour
{
    /// <summary>Runs the tour, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: json-serializer
        // Your own options with the library's converters (in ASP.NET Core: the app's JsonOptions.SerializerOptions).
        JsonSerializerOptions options = new JsonSerializerOptions().AddHelplineStatsConverters();

        // A dataset is the documented file format, read back with the same checks as a file.
        string json = JsonSerializer.Serialize(EmbeddedData.FlemishHelplines2021, options);
        Dataset page = JsonSerializer.Deserialize<Dataset>(json, options)!;
        Console.WriteLine(page == EmbeddedData.FlemishHelplines2021);

        // Ids, periods, references and kinds are their text, also as dictionary keys.
        var calls = new Dictionary<ReportingPeriod, long> { [ReportingPeriod.Year(2020)] = 139_092, [ReportingPeriod.Year(2021)] = 137_669 };
        Console.WriteLine(JsonSerializer.Serialize(new { helpline = Helplines.TeleOnthaal.Id, calls, verdict = VerdictKind.NotCheckable }, options));

        // Bad data is a JsonException whose inner DataFormatException names the field.
        try
        {
            JsonSerializer.Deserialize<Dataset>("""{ "format": "helplinestats/1", "reports": [ { "helpline": "1712" } ] }""", options);
        }
        catch (JsonException e) when (e.InnerException is DataFormatException bad)
        {
            Console.WriteLine($"{bad.Location}: {bad.Problem}");
        }

        // Trimmed or native AOT apps: the same converters, with no reflection.
        var aot = new JsonSerializerOptions { TypeInfoResolver = HelplineStatsJson.TypeInfoResolver };
        Console.WriteLine(JsonSerializer.Serialize(Auditor.Default.Audit(page), aot).Length > 0);
        // end-snippet
    }
}
