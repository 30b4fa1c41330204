using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HelplineApi.Tests;

/// <summary>
/// The sample API on a real in-process server. Expected values come from the 2021 page as printed (its helplines, its
/// one disagreement on Tele-Onthaal's website visitors, its 8,515 calls to 1712) and from the documented JSON shapes.
/// </summary>
public sealed class ApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    // The page's one disagreement (README.md): "-36,460 or -17.9%" website visitors against 2020. The percentage is
    // contradicted; the difference may be judged with it; no other figure may be.
    private static readonly string[] VisitorsAgainst2020 = { "tele-onthaal/2021/visitors-vs-2020", "tele-onthaal/2021/visitors-minus-2020" };

    private readonly HttpClient _client;

    public ApiTests(WebApplicationFactory<Program> factory) => _client = factory.CreateClient();

    [Fact]
    public async Task GetHelplines_TheEmbeddedPage_ListsItsThreeHelplinesByTheirIds()
    {
        using HttpResponseMessage response = await _client.GetAsync("/helplines");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string[] ids = body.RootElement.EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Order().ToArray();
        Assert.Equal(new[] { "1712", "stop-it-now-flanders", "tele-onthaal" }, ids);
        JsonElement teleOnthaal = body.RootElement.EnumerateArray().Single(h => h.GetProperty("id").GetString() == "tele-onthaal");
        Assert.Equal(new[] { "2020", "2021" }, teleOnthaal.GetProperty("reports").EnumerateArray().Select(p => p.GetString()).Order().ToArray());
    }

    [Fact]
    public async Task GetFigures_TeleOnthaal2021_GivesEachFigureWithItsVerdictAsText()
    {
        using HttpResponseMessage response = await _client.GetAsync("/helplines/tele-onthaal/figures?year=2021");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string[] contradicted = body.RootElement.EnumerateArray()
            .Where(f => f.GetProperty("verdict").GetString() == "contradicted")
            .Select(f => f.GetProperty("figure").GetString()!)
            .ToArray();
        // "-36,460 or -17.9%" against 2020: -36,460 puts 2020 at 210,523 visitors, and -36,460 / 210,523 is -17.3%.
        Assert.Contains("tele-onthaal/2021/visitors-vs-2020", contradicted);
        Assert.All(contradicted, figure => Assert.Contains(figure, VisitorsAgainst2020));
        JsonElement byPhone = body.RootElement.EnumerateArray().Single(f => f.GetProperty("figure").GetString() == "tele-onthaal/2021/calls-by-phone");
        Assert.Equal("share", byPhone.GetProperty("kind").GetString());
        Assert.Equal("counts-allow", byPhone.GetProperty("reason").GetString());
        Assert.StartsWith("86% van de oproepen kwam binnen via telefoon.", byPhone.GetProperty("statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFigures_AnUnknownHelpline_Is404WithProblemDetails()
    {
        using HttpResponseMessage response = await _client.GetAsync("/helplines/no-such-line/figures");

        using JsonDocument body = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("no-such-line", body.RootElement.GetProperty("detail").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFigures_AYearOutOfRange_Is400NamingTheYear()
    {
        using HttpResponseMessage response = await _client.GetAsync("/helplines/1712/figures?year=99999");

        using JsonDocument body = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty("year", out _));
    }

    [Fact]
    public async Task PostAudit_TheEmbeddedPage_AnswersInTheAuditShape()
    {
        using var content = new StringContent(DatasetJsonWriter.ToJson(EmbeddedData.FlemishHelplines2021), Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _client.PostAsync("/audit", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("helplinestats-audit/2", body.RootElement.GetProperty("format").GetString());
        Assert.InRange(body.RootElement.GetProperty("summary").GetProperty("contradicted").GetInt32(), 1, VisitorsAgainst2020.Length);
        Assert.False(body.RootElement.GetProperty("summary").GetProperty("clean").GetBoolean());
        Assert.All(
            body.RootElement.GetProperty("verdicts").EnumerateArray().Where(v => v.GetProperty("verdict").GetString() == "contradicted"),
            v => Assert.Contains(v.GetProperty("figure").GetString(), VisitorsAgainst2020));
    }

    [Fact]
    public async Task PostAudit_ADatasetWithABadValue_Is400NamingTheField()
    {
        // 1712's calls (the file's first count) made negative.
        string json = DatasetJsonWriter.ToJson(EmbeddedData.FlemishHelplines2021).Replace("\"value\": 8515", "\"value\": -8515", System.StringComparison.Ordinal);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _client.PostAsync("/audit", content);

        using JsonDocument body = await ProblemAsync(response, HttpStatusCode.BadRequest);
        JsonElement errors = body.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.reports[0].observations[0].value", out JsonElement problems), errors.ToString());
        Assert.Contains("negative", problems[0].GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAudit_NotJson_Is400()
    {
        using var content = new StringContent("this is not json", Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _client.PostAsync("/audit", content);

        using JsonDocument body = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(body.RootElement.TryGetProperty("errors", out _));
    }

    /// <summary>The response is problem details (RFC 9457) with the expected status; its body, parsed.</summary>
    private static async Task<JsonDocument> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)expected, body.RootElement.GetProperty("status").GetInt32());
        return body;
    }
}
