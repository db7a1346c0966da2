using EgovExport.Api.Http;
using EgovExport.Application.Audit.Common;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Dashboard.Common;
using EgovExport.Application.Projects.ChangeProjectStatus;
using EgovExport.Application.Projects.Common;
using EgovExport.Application.Projects.CreateProject;
using EgovExport.Application.Projects.DownloadProjectList;
using EgovExport.Application.Projects.GetProject;
using EgovExport.Application.Projects.GetProjectAudit;
using EgovExport.Application.Projects.GetProjectHistory;
using EgovExport.Application.Projects.GetProjectStageTotals;
using EgovExport.Application.Projects.ListProjects;
using EgovExport.Application.Projects.MoveProject;
using EgovExport.Application.Projects.SetConsortium;
using EgovExport.Application.Projects.SetFunding;
using EgovExport.Application.Projects.UpdateProject;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EgovExport.Api.Endpoints;

/// <summary>/api/v1/projects — export projects and their way through the pipeline.</summary>
internal static class ProjectsEndpoints
{
    public static void MapProjects(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/projects").WithTags("Projects");
        group.MapGet("/", ListProjects).WithName(nameof(ListProjects))
            .WithSummary("List projects: filter by stage, status, country, region, solution, lead agency or text in code and title; sort; page.").Lists();
        group.MapGet("/stage-totals", GetProjectStageTotals).WithName(nameof(GetProjectStageTotals))
            .WithSummary("Count, value and weighted value per stage of the projects the caller can see, under the list's filters (the board's column heads).")
            .ProducesValidationProblem();
        group.MapGet("/export", ExportProjects).WithName(nameof(ExportProjects))
            .WithSummary("The list's projects as CSV (UTF-8 with BOM), same filters and sort, without paging: up to 100,000 rows; X-Total-Count gives the view's size.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesValidationProblem();
        group.MapGet("/{id:guid}/audit", GetProjectAudit).WithName(nameof(GetProjectAudit))
            .WithSummary("A project's own changes from the audit trail, newest first (sort=at for oldest first); paged.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}", GetProject).WithName(nameof(GetProject)).WithSummary("Get one project with its gate data, consortium and funding.").ReadsOne();
        group.MapPost("/", CreateProject).WithName(nameof(CreateProject))
            .WithSummary("Open a project: it enters Inquiry with the inquiry's data (channel, date received, requesting organization, areas).").Creates();
        group.MapPut("/{id:guid}", UpdateProject).WithName(nameof(UpdateProject))
            .WithSummary("Replace a project's editable fields (If-Match required).").Changes();
        group.MapPost("/{id:guid}/transitions", MoveProject).WithName(nameof(MoveProject))
            .WithSummary("Move a project to another stage with the target stage's gate data (If-Match required).").Changes();
        group.MapGet("/{id:guid}/transitions", GetProjectHistory).WithName(nameof(GetProjectHistory))
            .WithSummary("A project's timeline: every stage transition, oldest first.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/status", ChangeProjectStatus).WithName(nameof(ChangeProjectStatus))
            .WithSummary("Put a project on hold, close it (Lost, Withdrawn, Completed) or reopen it (If-Match required).").Changes();
        group.MapPut("/{id:guid}/consortium", SetConsortium).WithName(nameof(SetConsortium))
            .WithSummary("Replace a project's consortium (If-Match required).").Changes();
        group.MapPut("/{id:guid}/funding", SetFunding).WithName(nameof(SetFunding))
            .WithSummary("Replace a project's funding sources (If-Match required).").Changes();
    }

    private static async Task<Ok<PagedResult<ProjectSummaryDto>>> ListProjects([AsParameters] ListProjectsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Ok<PipelineSummaryDto>> GetProjectStageTotals([AsParameters] GetProjectStageTotalsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Ok<PagedResult<AuditEntryDto>>> GetProjectAudit(Guid id, [AsParameters] ProjectAuditPaging paging, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetProjectAuditQuery(id, paging.Page ?? 1, paging.PageSize ?? PagingLimits.DefaultPageSize, paging.Sort), ct));

    private static async Task<IResult> ExportProjects([AsParameters] DownloadProjectListQuery query, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var download = await sender.Send(query, ct);
        response.Headers["X-Total-Count"] = download.TotalCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fileName = $"projects-{DateTime.UtcNow:yyyy-MM-dd}.csv";
        return TypedResults.File(ProjectsCsv.Write(download.Rows), "text/csv; charset=utf-8", fileName);
    }

    private static async Task<Ok<ProjectDto>> GetProject(Guid id, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var project = await sender.Send(new GetProjectQuery(id), ct);
        return EndpointConventions.OkWithETag(response, project, project.Version);
    }

    private static async Task<Created<ProjectDto>> CreateProject(CreateProjectCommand command, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var project = await sender.Send(command, ct);
        return EndpointConventions.CreatedWithETag(response, $"/api/v1/projects/{project.Id}", project, project.Version);
    }

    private static Task<Ok<ProjectDto>> UpdateProject(Guid id, UpdateProjectCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        Change(command with { Id = id, ExpectedVersion = ETags.RequiredVersion(request) }, sender, response, ct);

    private static Task<Ok<ProjectDto>> MoveProject(Guid id, MoveProjectCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        Change(command with { Id = id, ExpectedVersion = ETags.RequiredVersion(request) }, sender, response, ct);

    private static Task<Ok<ProjectDto>> ChangeProjectStatus(Guid id, ChangeProjectStatusCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        Change(command with { Id = id, ExpectedVersion = ETags.RequiredVersion(request) }, sender, response, ct);

    private static Task<Ok<ProjectDto>> SetConsortium(Guid id, SetConsortiumCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        Change(command with { Id = id, ExpectedVersion = ETags.RequiredVersion(request) }, sender, response, ct);

    private static Task<Ok<ProjectDto>> SetFunding(Guid id, SetFundingCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        Change(command with { Id = id, ExpectedVersion = ETags.RequiredVersion(request) }, sender, response, ct);

    private static async Task<Ok<IReadOnlyList<TransitionDto>>> GetProjectHistory(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetProjectHistoryQuery(id), ct));

    private static async Task<Ok<ProjectDto>> Change(ICommand<ProjectDto> command, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var project = await sender.Send(command, ct);
        return EndpointConventions.OkWithETag(response, project, project.Version);
    }

    /// <summary>The paging of a project's audit history (the project's id comes from the route).</summary>
    internal sealed record ProjectAuditPaging(int? Page, int? PageSize, string? Sort);
}
