using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelplineStats.Core.Compose;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Tests.IO;

/// <summary>
/// Issue 25: a value of the wrong type anywhere in a dataset, a partial aggregate or a plan is refused at its full JSON
/// path, down to the member, with the type expected in the library's words ("expected a whole number, found false"),
/// never with .NET's "requires an element of type" text. Each test puts a value of another type at every place of a
/// valid file in turn.
/// </summary>
public sealed class JsonValueTypeTests
{
    /// <summary>The dataset of docs/formats.md's first example: definitions, labels, counts, a breakdown and figures.</summary>
    private const string Dataset1 = """
        {
          "format": "helplinestats/1",
          "taxonomies": [
            { "id": "reason-for-contact", "version": 1, "name": "Reason for contact",
              "categories": [
                { "id": "family", "label": "Family", "labels": { "en": "family", "nl": "gezin" } },
                { "id": "divorce", "label": "Divorce of the parents", "parent": "family" } ] } ],
          "helplines": [
            { "id": "example-line", "name": "Example Line", "description": "A made-up helpline.",
              "descriptions": { "nl": "Een verzonnen hulplijn." }, "launchDate": "2020-02-29", "anonymity": "caller-chooses",
              "otherNames": [ "Example" ],
              "channels": [ { "channel": "phone" }, { "channel": "sms", "sinceYear": 2021 } ] } ],
          "reports": [
            { "helpline": "example-line", "period": "2021",
              "observations": [ { "period": "2020", "metric": "calls", "value": 900 },
                                { "period": "2021", "metric": "conversations", "category": "reason-for-contact:family", "value": 3 } ],
              "breakdowns": [
                { "total": { "period": "2021", "metric": "calls", "value": 1000 }, "dimension": "channel", "coverage": "complete",
                  "parts": [ { "period": "2021", "metric": "calls", "channel": "phone", "value": 800 },
                             { "period": "2021", "metric": "calls", "channel": "sms", "value": 200 } ] } ],
              "figures": [
                { "id": "calls-vs-2020", "kind": "relative-change", "subject": { "period": "2021", "metric": "calls" },
                  "comparisonPeriod": "2020", "value": 11.1, "precision": 0.1, "qualifier": "none" },
                { "id": "sms-share", "kind": "share", "subject": { "period": "2021", "metric": "calls", "channel": "sms" },
                  "whole": { "period": "2021", "metric": "calls" }, "basis": "total", "value": 20, "precision": 1,
                  "qualifier": "none", "apportioned": true } ] } ]
        }
        """;

    /// <summary>Version 2: counts within bounds and a period that ends on an unknown day.</summary>
    private const string Dataset2 = """
        {
          "format": "helplinestats/2",
          "reports": [
            { "helpline": "1712", "period": "2021",
              "observations": [ { "period": "2021", "metric": "calls", "channel": "email", "min": 1, "max": 4 } ],
              "breakdowns": [
                { "total": { "period": "2021", "metric": "contacts" }, "dimension": "channel", "coverage": "complete",
                  "parts": [ { "period": "2021", "metric": "contacts", "channel": "phone", "value": 7000 },
                             { "period": "2021", "metric": "contacts", "channel": "chat", "min": 900 } ] } ],
              "figures": [
                { "id": "since-launch", "kind": "cumulative-since-launch", "subject": { "period": "2012-03-12/2013-05", "metric": "calls" },
                  "value": 8200, "precision": 1, "qualifier": "none" } ] }
          ]
        }
        """;

    private const string Aggregate = """
        {
          "format": "helplinestats-aggregate/1",
          "granularity": "year",
          "counts": [
            { "helpline": "1712", "period": "2021", "metric": "calls", "value": 10 },
            { "helpline": "1712", "period": "2021", "metric": "calls", "channel": "phone", "value": 6 },
            { "helpline": "1712", "period": "2021", "metric": "contact-persons", "category": "gender:woman", "value": 4 }
          ]
        }
        """;

    [Fact]
    public void DatasetReader_AValueOfTheWrongTypeAnywhere_IsRefusedAtItsPathInPlainWords() =>
        AssertEveryPlace(Dataset1, json => DatasetJsonReader.FromJson(json, "d.json"));

    [Fact]
    public void DatasetReader_Version2_AValueOfTheWrongTypeAnywhere_IsRefusedAtItsPathInPlainWords() =>
        AssertEveryPlace(Dataset2, json => DatasetJsonReader.FromJson(json, "d.json"));

    [Fact]
    public void AggregateReader_AValueOfTheWrongTypeAnywhere_IsRefusedAtItsPathInPlainWords() =>
        AssertEveryPlace(Aggregate, json => ContactAggregateJson.FromJson(json, "p.json", AggregationSchema.Default));

    [Fact]
    public void PlanReader_AValueOfTheWrongTypeAnywhere_IsRefusedAtItsPathInPlainWords() =>
        AssertEveryPlace(FigurePlanJson.ToJson(FigurePlan.Default), json => FigurePlanJson.FromJson(json, "plan.json"));

    [Fact]
    public void AggregateReader_AFalseValue_SaysTheFullPathAndAWholeNumber()
    {
        string json = Aggregate.Replace("\"value\": 4", "\"value\": false", StringComparison.Ordinal);
        var e = Assert.Throws<DataFormatException>(() => ContactAggregateJson.FromJson(json, "p.json", AggregationSchema.Default));
        Assert.Equal("p.json: $.counts[2].value: expected a whole number, found false", e.Message);
    }

    [Theory]
    [InlineData("\"channel\": \"phone\"", "\"channel\": 7", "$.counts[1].channel: expected a string, found the number \"7\"")]
    [InlineData("\"value\": 6", "\"value\": 0", "$.counts[1].value: the value must be a whole number above zero; it was 0")]
    [InlineData("\"value\": 6", "\"value\": 6.5", "$.counts[1].value: expected a whole number, found the number \"6.5\"")]
    [InlineData("\"gender:woman\"", "\"gender:robot\"", "$.counts[2].category: ")]
    [InlineData("\"granularity\": \"year\"", "\"granularity\": \"week\"", "$.granularity: expected one of day, month, quarter, year, found \"week\"")]
    public void AggregateReader_ABadValue_NamesItsMember(string from, string to, string said)
    {
        var e = Assert.Throws<DataFormatException>(() => ContactAggregateJson.FromJson(Aggregate.Replace(from, to, StringComparison.Ordinal), "p.json", AggregationSchema.Default));
        Assert.StartsWith("p.json: " + said, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanReader_AStringForAPrecision_SaysWhatItFound()
    {
        var e = Assert.Throws<DataFormatException>(() =>
            FigurePlanJson.FromJson("""{ "format": "helplinestats-plan/1", "rules": [ { "kind": "count", "precision": "1" } ] }""", "plan.json"));
        Assert.Equal("plan.json: $.rules[0].precision: expected a step greater than zero, such as 1 or 0.1, found the string \"1\"", e.Message);
    }

    /// <summary>
    /// Puts a value of another type at every place of <paramref name="valid"/> in turn (false for a string, a number, an
    /// object or an array; a number for true or false) and checks the reader refuses it at exactly that path with
    /// "expected ...".
    /// </summary>
    private static void AssertEveryPlace(string valid, Action<string> read)
    {
        read(valid);
        var places = new List<string>();
        Walk(JsonNode.Parse(valid)!, "$", places);
        Assert.True(places.Count > 10, $"only {places.Count} places");
        var wrong = new List<string>();
        foreach (string place in places)
        {
            JsonNode root = JsonNode.Parse(valid)!;
            JsonNode? target = Find(root, place);
            JsonNode replacement = target is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? JsonValue.Create(7) : JsonValue.Create(false);
            Replace(root, place, replacement);
            string json = root.ToJsonString();
            try
            {
                read(json);
                wrong.Add($"{place}: read without a fault");
            }
            catch (DataFormatException e)
            {
                if (e.Location != place || !e.Problem.StartsWith("expected ", StringComparison.Ordinal)
                    || e.Message.Contains("requires an element", StringComparison.Ordinal) || e.Message.Contains("type '", StringComparison.Ordinal))
                {
                    wrong.Add($"{place}: {e.Message}");
                }
            }
        }
        Assert.Empty(wrong);
    }

    private static void Walk(JsonNode node, string path, List<string> places)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach ((string key, JsonNode? child) in obj)
                {
                    places.Add($"{path}.{key}");
                    Walk(child!, $"{path}.{key}", places);
                }
                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    places.Add($"{path}[{i}]");
                    Walk(array[i]!, $"{path}[{i}]", places);
                }
                break;
        }
    }

    private static IEnumerable<(string Key, int Index)> Steps(string path)
    {
        int i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(new[] { '.', '[' }, i + 1);
                end = end < 0 ? path.Length : end;
                yield return (path[(i + 1)..end], -1);
                i = end;
            }
            else
            {
                int end = path.IndexOf(']', i);
                yield return ("", int.Parse(path[(i + 1)..end], System.Globalization.CultureInfo.InvariantCulture));
                i = end + 1;
            }
        }
    }

    private static JsonNode? Find(JsonNode root, string path) =>
        Steps(path).Aggregate<(string Key, int Index), JsonNode?>(root, (node, step) => step.Index < 0 ? node![step.Key] : node![step.Index]);

    private static void Replace(JsonNode root, string path, JsonNode replacement)
    {
        var steps = Steps(path).ToList();
        JsonNode parent = steps.SkipLast(1).Aggregate(root, (node, step) => step.Index < 0 ? node[step.Key]! : node[step.Index]!);
        (string key, int index) = steps[^1];
        if (index < 0)
        {
            parent[key] = replacement;
        }
        else
        {
            parent[index] = replacement;
        }
    }
}
