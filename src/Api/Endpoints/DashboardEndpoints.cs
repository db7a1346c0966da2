using EgovExport.Application.Dashboard.Common;
using EgovExport.Application.Dashboard.GetContractsByYear;
using EgovExport.Application.Dashboard.GetPipelineByRegion;
using EgovExport.Application.Dashboard.GetPipelineBySolution;
using EgovExport.Application.Dashboard.GetPipelineSummary;
using EgovExport.Application.Dashboard.GetSmeShare;
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
        group.MapGet("/contracts-by-year", GetContractsByYear).WithName(nameof(GetContractsByYear))
            .WithSummary("Contracted value per year of signature, beside the official export record and the target of that year.");
        group.MapGet("/by-region", GetPipelineByRegion).WithName(nameof(GetPipelineByRegion))
            .WithSummary("The open pipeline by region: count, estimated value and weighted forecast; every region, zeros included.");
        group.MapGet("/by-solution", GetPipelineBySolution).WithName(nameof(GetPipelineBySolution))
            .WithSummary("The open pipeline by solution, largest value first (a project with two solutions counts under both).");
        group.MapGet("/sme-share", GetSmeShare).WithName(nameof(GetSmeShare))
            .WithSummary("The SMEs' share of the contracted value (value × the SME members' shares), overall and per year.");
    }

    private static async Task<Ok<IReadOnlyList<ContractYearDto>>> GetContractsByYear(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetContractsByYearQuery(), ct));

    private static async Task<Ok<IReadOnlyList<RegionTotalDto>>> GetPipelineByRegion(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPipelineByRegionQuery(), ct));

    private static async Task<Ok<IReadOnlyList<SolutionTotalDto>>> GetPipelineBySolution(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPipelineBySolutionQuery(), ct));

    private static async Task<Ok<SmeShareDto>> GetSmeShare(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetSmeShareQuery(), ct));

    private static async Task<Ok<PipelineSummaryDto>> GetPipelineSummary(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPipelineSummaryQuery(), ct));
}
