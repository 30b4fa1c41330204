using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using HelplineStats.Core.Compose;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.IO;

/// <summary>
/// A <see cref="FigurePlan"/>'s rules as JSON (docs/composing.md, "The plan as a file"): <c>helplinestats-plan/1</c>,
/// one object per rule with its <c>kind</c> and, as the kind needs, <c>precision</c>, <c>metrics</c>,
/// <c>years-back</c>, <c>coverage</c> and <c>apportion</c>. Other apps of the organisation write their own plans in it.
/// A plan's named figures (a plan derived from a printed page) are not part of this format: derive them from the page.
/// </summary>
public static class FigurePlanJson
{
    /// <summary>The format name written in every plan file; the reader checks it.</summary>
    public const string FormatName = "helplinestats-plan/1";

    /// <summary>Writes the rules of <paramref name="plan"/> as indented UTF-8 JSON.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="output">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan has named figures, which this format does not hold.</exception>
    public static void Write(FigurePlan plan, Stream output)
    {
        Guard.NotNull(plan, nameof(plan));
        Guard.NotNull(output, nameof(output));
        if (plan.Figures.Count > 0)
        {
            throw new ArgumentException("A plan file holds rules only; this plan also names figures (derive those from the page instead).", nameof(plan));
        }
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        JsonText.WriteArray(json, "rules", plan.Rules, (writer, rule) =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", KebabCase.Of(rule.Kind));
            writer.WriteNumber("precision", rule.Precision.Step / 1.0000000000000000000000000000m);
            if (rule.Metrics.Count > 0)
            {
                JsonText.WriteArray(writer, "metrics", rule.Metrics, (w, metric) => w.WriteStringValue(metric.Value));
            }
            if (rule.YearsBack.Count > 0)
            {
                JsonText.WriteArray(writer, "years-back", rule.YearsBack, (w, years) => w.WriteNumberValue(years));
            }
            if (rule.Coverages.Count < Enum.GetValues<BreakdownCoverage>().Length)
            {
                JsonText.WriteArray(writer, "coverage", rule.Coverages, (w, coverage) => w.WriteStringValue(KebabCase.Of(coverage)));
            }
            if (rule.Apportion)
            {
                writer.WriteBoolean("apportion", true);
            }
            writer.WriteEndObject();
        });
        json.WriteEndObject();
    }

    /// <summary>The plan's rules as a JSON string (see <see cref="Write"/>).</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentException">The plan has named figures.</exception>
    public static string ToJson(FigurePlan plan) => JsonText.Of(stream => Write(plan, stream));

    /// <summary>Reads a plan of rules.</summary>
    /// <param name="utf8Json">The UTF-8 JSON; read to its end, left open.</param>
    /// <param name="source">The file name or another description, for error messages.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The text is not a plan: it names the source, the JSON path and what is wrong.</exception>
    public static FigurePlan Read(Stream utf8Json, string source)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(source, nameof(source));
        using JsonDocument document = JsonInput.Parse(utf8Json, source, FileKind.Plan);
        JsonElement root = document.RootElement;
        FileKinds.Require(FileKinds.OfJson(root), FileKind.Plan, source);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DataFormatException(source, "$", JsonInput.Expected("an object", root));
        }
        bool hasFormat = root.TryGetProperty("format", out JsonElement f);
        if (!hasFormat || f.ValueKind != JsonValueKind.String || !string.Equals(f.GetString(), FormatName, StringComparison.Ordinal))
        {
            throw new DataFormatException(source, "$.format", $"expected \"{FormatName}\", found {(!hasFormat ? "nothing" : f.ValueKind == JsonValueKind.String ? Quoted.Of(f.GetString()) : JsonInput.Describe(f))}");
        }
        foreach (JsonProperty property in root.EnumerateObject().Where(p => p.Name is not ("format" or "rules")))
        {
            throw new DataFormatException(source, "$." + property.Name, "not a key of a plan (format, rules)");
        }
        if (!root.TryGetProperty("rules", out JsonElement rules))
        {
            throw new DataFormatException(source, "$", "the field \"rules\" is missing");
        }
        if (rules.ValueKind != JsonValueKind.Array)
        {
            throw new DataFormatException(source, "$.rules", JsonInput.Expected("an array of rules", rules));
        }
        var read = new List<PlanRule>();
        int index = 0;
        foreach (JsonElement rule in rules.EnumerateArray())
        {
            read.Add(Rule(rule, source, string.Create(CultureInfo.InvariantCulture, $"$.rules[{index++}]")));
        }
        return FigurePlan.Create(read);
    }

    /// <summary>Reads a plan from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name or another description, for error messages.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The text is not a plan.</exception>
    public static FigurePlan FromJson(string json, string source)
    {
        Guard.NotNull(json, nameof(json));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Read(stream, source);
    }

    private static readonly string[] RuleKeys = { "kind", "precision", "metrics", "years-back", "coverage", "apportion" };

    private static PlanRule Rule(JsonElement rule, string source, string path)
    {
        DataFormatException Fault(string where, string problem) => new(source, path + where, problem);
        if (rule.ValueKind != JsonValueKind.Object)
        {
            throw Fault("", JsonInput.Expected("a rule object", rule));
        }
        foreach (JsonProperty property in rule.EnumerateObject().Where(p => !RuleKeys.Contains(p.Name)))
        {
            throw Fault("." + property.Name, $"not a key of a rule ({string.Join(", ", RuleKeys)})");
        }
        string kindText = !rule.TryGetProperty("kind", out JsonElement k) ? ""
            : k.ValueKind == JsonValueKind.String ? k.GetString()! : throw Fault(".kind", JsonInput.Expected("a string", k));
        if (!KebabCase.TryParse(kindText, out FigureKind kind))
        {
            throw Fault(".kind", $"expected one of {string.Join(", ", KebabCase.All<FigureKind>())}, found {Quoted.Of(kindText)}");
        }
        Precision precision = Precision.Whole;
        if (rule.TryGetProperty("precision", out JsonElement p))
        {
            if (p.ValueKind != JsonValueKind.Number || !p.TryGetDecimal(out decimal step) || step <= 0m)
            {
                throw Fault(".precision", JsonInput.Expected("a step greater than zero, such as 1 or 0.1", p));
            }
            precision = Precision.OfStep(step);
        }
        List<T> List<T>(string key, Func<JsonElement, string, T> item)
        {
            var items = new List<T>();
            if (!rule.TryGetProperty(key, out JsonElement array))
            {
                return items;
            }
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw Fault("." + key, JsonInput.Expected("an array", array));
            }
            int i = 0;
            foreach (JsonElement element in array.EnumerateArray())
            {
                items.Add(item(element, string.Create(CultureInfo.InvariantCulture, $".{key}[{i++}]")));
            }
            return items;
        }
        string Text(JsonElement element, string where) =>
            element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Fault(where, JsonInput.Expected("a string", element));
        List<Metric> metrics = List("metrics", (e, where) =>
        {
            string id = Text(e, where);
            return Guard.IdProblem(id) is string problem ? throw Fault(where, $"not a metric id: {problem}") : Metric.Of(id);
        });
        List<int> yearsBack = List("years-back", (e, where) =>
            e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int years) && years >= 1 ? years : throw Fault(where, JsonInput.Expected("a whole number of years, 1 or more", e)));
        List<BreakdownCoverage> coverages = List("coverage", (e, where) =>
            KebabCase.TryParse(Text(e, where), out BreakdownCoverage coverage)
                ? coverage
                : throw Fault(where, $"expected one of {string.Join(", ", KebabCase.All<BreakdownCoverage>())}, found {Quoted.Of(e.GetString())}"));
        bool apportion = rule.TryGetProperty("apportion", out JsonElement a) && (a.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Fault(".apportion", JsonInput.Expected("true or false", a)),
        });
        try
        {
            return PlanRule.Of(kind, precision, metrics, yearsBack, rule.TryGetProperty("coverage", out _) ? coverages : null, apportion);
        }
        catch (ArgumentException e)
        {
            throw Fault("", ErrorMessages.OneLine(e));
        }
    }
}
