using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Projects.ListProjects;

/// <summary>Projects, filtered, sorted and paged in the database.</summary>
[Requires(Permission.ReadProjects)]
public sealed record ListProjectsQuery(
    int Page = 1,
    int PageSize = PagingLimits.DefaultPageSize,
    string? Sort = null,
    Stage? Stage = null,
    ProjectStatus? Status = null,
    string? CountryCode = null,
    Region? Region = null,
    Guid? SolutionId = null,
    Guid? LeadAgencyId = null,
    string? Q = null) : IQuery<PagedResult<ProjectSummaryDto>>, IPagedQuery;

/// <summary>A project as a list row shows it.</summary>
public sealed record ProjectSummaryDto(
    Guid Id,
    string Code,
    string Title,
    string CountryCode,
    Guid LeadAgencyId,
    decimal EstimatedValueUsd,
    int Probability,
    Stage Stage,
    ProjectStatus Status,
    DateTime StageEnteredAt,
    DateOnly? ExpectedDecisionOn,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version);

public sealed class ListProjectsValidator : AbstractValidator<ListProjectsQuery>
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<ExportProject, object?>>> SortFields =
        new Dictionary<string, Expression<Func<ExportProject, object?>>>
        {
            ["code"] = p => p.Code,
            ["title"] = p => p.Title,
            ["estimatedValueUsd"] = p => p.EstimatedValueUsd,
            ["expectedDecisionOn"] = p => p.ExpectedDecisionOn,
            ["stage"] = p => p.Stage,
            ["status"] = p => p.Status,
            ["probability"] = p => p.Probability,
            ["stageEnteredAt"] = p => p.StageEnteredAt,
            ["createdAt"] = p => p.CreatedAt,
            ["updatedAt"] = p => p.UpdatedAt,
        };

    public ListProjectsValidator()
    {
        Include(new PagedQueryValidator<ListProjectsQuery>(SortFields.Keys.ToList()));
        RuleFor(q => q.CountryCode).Length(2);
        RuleFor(q => q.Q).MaximumLength(100);
    }
}

public sealed class ListProjectsHandler(IReadStore store) : IQueryHandler<ListProjectsQuery, PagedResult<ProjectSummaryDto>>
{
    private static readonly Expression<Func<ExportProject, ProjectSummaryDto>> Summary = p => new ProjectSummaryDto(
        p.Id, p.Code, p.Title, p.CountryCode, p.LeadAgencyId, p.EstimatedValueUsd, p.Probability, p.Stage, p.Status,
        p.StageEnteredAt, p.ExpectedDecisionOn, p.CreatedAt, p.UpdatedAt, p.Version);

    public async ValueTask<PagedResult<ProjectSummaryDto>> Handle(ListProjectsQuery query, CancellationToken cancellationToken)
    {
        return await store.ToPageAsync(Filter(store, query), query, ListProjectsValidator.SortFields, "-updatedAt", p => p.Id, Summary, cancellationToken);
    }

    private static IQueryable<ExportProject> Filter(IReadStore store, ListProjectsQuery query)
    {
        var projects = store.Projects;
        if (query.Stage is { } stage)
        {
            projects = projects.Where(p => p.Stage == stage);
        }

        if (query.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (!string.IsNullOrEmpty(query.CountryCode))
        {
            var country = query.CountryCode.ToUpperInvariant();
            projects = projects.Where(p => p.CountryCode == country);
        }

        if (query.Region is { } region)
        {
            var countries = store.Countries.Where(c => c.Region == region).Select(c => c.Code);
            projects = projects.Where(p => countries.Contains(p.CountryCode));
        }

        if (query.SolutionId is { } solutionId)
        {
            var withSolution = store.ProjectSolutions.Where(s => s.SolutionId == solutionId).Select(s => s.ProjectId);
            projects = projects.Where(p => withSolution.Contains(p.Id));
        }

        if (query.LeadAgencyId is { } agency)
        {
            projects = projects.Where(p => p.LeadAgencyId == agency);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLowerInvariant();
            projects = projects.Where(p => p.SearchText.Contains(text));
        }

        return projects;
    }
}
