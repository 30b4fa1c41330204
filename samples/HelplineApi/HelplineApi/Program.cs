using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// A minimal API that serves the figures of the helplines in a dataset, and the audit's verdicts on them, as JSON.
// The data is the 2021 page that ships with HelplineStats.Core; an app of your own would register its own Dataset.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
// Ids, periods, figure references and verdicts are written as their text, as in the library's files.
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.AddHelplineStatsConverters());
builder.Services.AddSingleton(EmbeddedData.FlemishHelplines2021);
builder.Services.AddSingleton(Auditor.Default);

WebApplication app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

// The helplines the dataset has reports for.
app.MapGet("/helplines", (Dataset dataset) =>
    dataset.Helplines.Select(helpline => new HelplineSummary(helpline.Id, helpline.Name, dataset.ForHelpline(helpline.Id).Select(report => report.Period))));

// A helpline's published figures in one year's report, each with the audit's verdict.
app.MapGet("/helplines/{id}/figures", IResult (string id, int? year, Dataset dataset, Auditor auditor) =>
{
    (Report? report, IResult? problem) = Find(dataset, id, year ?? 2021);
    if (report is null)
    {
        return problem!;
    }
    AuditResult audit = auditor.Audit(dataset);
    return Results.Ok(report.Figures.Select(figure =>
    {
        FigureVerdict verdict = audit.Find(FigureReference.Of(report, figure))!;
        return new FigureView(verdict.Reference, figure.Kind, figure.Value, verdict.Kind, verdict.Reason, Statements.Of(verdict, TextCulture.Dutch).Text);
    }));
});

// The audit of a dataset sent by the caller, in the library's JSON file format; the answer is the audit's JSON shape.
app.MapPost("/audit", async Task<IResult> (HttpRequest request, Auditor auditor, IOptions<JsonOptions> json) =>
{
    Dataset dataset;
    try
    {
        dataset = await JsonSerializer.DeserializeAsync<Dataset>(request.Body, json.Value.SerializerOptions)
            ?? throw new JsonException("the body is null, not a dataset");
    }
    catch (JsonException e)
    {
        // The library names the field; the problem details say it under that name.
        (string field, string problem) = e.InnerException is DataFormatException bad ? (bad.Location, bad.Problem) : (e.Path ?? "$", e.Message);
        return Results.ValidationProblem(new Dictionary<string, string[]> { [field] = new[] { problem } },
            title: "The body is not a dataset in the helplinestats/1 format.");
    }
    return Results.Ok(auditor.Audit(dataset));
});

app.Run();

static (Report? Report, IResult? Problem) Find(Dataset dataset, string id, int year)
{
    if (year is < 1 or > 9999)
    {
        return (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["year"] = new[] { $"must lie between 1 and 9999; it was {year}." } }));
    }
    HelplineId? helpline = dataset.Helplines.Select(h => h.Id).FirstOrDefault(known => known.Value == id);
    if (helpline is null)
    {
        return (null, Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such helpline.", detail: $"The dataset has no helpline '{id}'."));
    }
    Report? report = dataset.Find(helpline, ReportingPeriod.Year(year));
    return report is null
        ? (null, Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report.", detail: $"The dataset has no {year} report for '{id}'."))
        : (report, null);
}

/// <summary>A helpline and the periods it has reports for.</summary>
internal sealed record HelplineSummary(HelplineId Id, string Name, IEnumerable<ReportingPeriod> Reports);

/// <summary>A published figure, with what the audit says of it.</summary>
internal sealed record FigureView(FigureReference Figure, FigureKind Kind, decimal? Printed, VerdictKind Verdict, VerdictReason Reason, string Statement);

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program
{
}
