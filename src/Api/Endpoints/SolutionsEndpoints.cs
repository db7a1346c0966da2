using EgovExport.Api.Http;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Solutions.Common;
using EgovExport.Application.Solutions.CreateSolution;
using EgovExport.Application.Solutions.GetSolution;
using EgovExport.Application.Solutions.GetSolutionCountries;
using EgovExport.Application.Solutions.ListSolutions;
using EgovExport.Application.Solutions.UpdateSolution;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EgovExport.Api.Endpoints;

/// <summary>/api/v1/solutions — the standardized solution catalog.</summary>
internal static class SolutionsEndpoints
{
    public static void MapSolutions(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/solutions").WithTags("Solutions");
        group.MapGet("/", ListSolutions).WithName(nameof(ListSolutions)).WithSummary("List the solution catalog (filter by category or text; paged).").Lists();
        group.MapGet("/{id:guid}", GetSolution).WithName(nameof(GetSolution)).WithSummary("Get one solution.").ReadsOne();
        group.MapGet("/{id:guid}/countries", GetSolutionCountries).WithName(nameof(GetSolutionCountries))
            .WithSummary("The countries the solution was exported to: contracted projects offering it, counted over every project.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateSolution).WithName(nameof(CreateSolution)).WithSummary("Add a solution to the catalog.").Creates();
        group.MapPut("/{id:guid}", UpdateSolution).WithName(nameof(UpdateSolution)).WithSummary("Change a solution (If-Match required).").Changes();
    }

    private static async Task<Ok<IReadOnlyList<SolutionCountryDto>>> GetSolutionCountries(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetSolutionCountriesQuery(id), ct));

    private static async Task<Ok<PagedResult<SolutionDto>>> ListSolutions([AsParameters] ListSolutionsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Ok<SolutionDto>> GetSolution(Guid id, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var solution = await sender.Send(new GetSolutionQuery(id), ct);
        return EndpointConventions.OkWithETag(response, solution, solution.Version);
    }

    private static async Task<Created<SolutionDto>> CreateSolution(CreateSolutionCommand command, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var solution = await sender.Send(command, ct);
        return EndpointConventions.CreatedWithETag(response, $"/api/v1/solutions/{solution.Id}", solution, solution.Version);
    }

    private static async Task<Ok<SolutionDto>> UpdateSolution(Guid id, UpdateSolutionCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var solution = await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequiredVersion(request) }, ct);
        return EndpointConventions.OkWithETag(response, solution, solution.Version);
    }
}
