using EgovExport.Application.Dashboard;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EgovExport.Api.Endpoints;

/// <summary>/api/v1/dashboard — figures aggregated in the database.</summary>
internal static class DashboardEndpoints
{
    public static void MapDashboard(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/dashboard").WithTags("Dashboard");
        group.MapGet("/pipeline", GetPipelineSummary).WithName(nameof(GetPipelineSummary))
            .WithSummary("The open pipeline by stage: count, estimated value and weighted forecast (value × probability), over every project.");
    }

    private static async Task<Ok<PipelineSummaryDto>> GetPipelineSummary(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPipelineSummaryQuery(), ct));
}
