using EgovExport.Application.ExportRecords.ListExportRecords;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EgovExport.Api.Endpoints;

/// <summary>/api/v1/export-records — the official export figures and targets per year.</summary>
internal static class ExportRecordsEndpoints
{
    public static void MapExportRecords(this IEndpointRouteBuilder api)
    {
        api.MapGet("/export-records", ListExportRecords).WithTags("Export records").WithName(nameof(ListExportRecords))
            .WithSummary("The official e-government export value and the target per year (US dollars).");
    }

    private static async Task<Ok<IReadOnlyList<ExportRecordDto>>> ListExportRecords(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListExportRecordsQuery(), ct));
}
