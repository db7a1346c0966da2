using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Projects.Common;
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
    string? Q = null,
    Guid? FollowsProjectId = null) : IQuery<PagedResult<ProjectSummaryDto>>, IPagedQuery, IProjectFilter;

/// <summary>A project as a list row or a board card shows it, with its lead agency's and owner's names.</summary>
public sealed record ProjectSummaryDto(
    Guid Id,
    string Code,
    string Title,
    string CountryCode,
    Guid LeadAgencyId,
    string? LeadAgencyName,
    string? LeadAgencyNameKo,
    string? OwnerId,
    decimal EstimatedValueUsd,
    int Probability,
    Stage Stage,
    ProjectStatus Status,
    DateTime StageEnteredAt,
    DateOnly? ExpectedDecisionOn,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version)
{
    /// <summary>The owner's display name (a user's, or a client's id); null when nobody owns it.</summary>
    public string? OwnerName { get; init; }

    /// <summary>Whether the caller may change this project (role, scope and the project's lead and consortium), answered by the page's own statement.</summary>
    public bool CanEdit { get; init; }

    /// <summary>The stages the caller may move the project to now and what each move needs; none when they may not change it.</summary>
    public IReadOnlyList<MoveOption> MoveOptions { get; init; } = [];

    /// <summary>The statuses the caller may change the project to now; none when they may not change it.</summary>
    public IReadOnlyList<StatusOption> StatusOptions { get; init; } = [];
}

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

public sealed class ListProjectsHandler(IReadStore store, IPersonNames names, ProjectViewer viewer) : IQueryHandler<ListProjectsQuery, PagedResult<ProjectSummaryDto>>
{
    public async ValueTask<PagedResult<ProjectSummaryDto>> Handle(ListProjectsQuery query, CancellationToken cancellationToken)
    {
        var filtered = ProjectFilters.Apply(store, store.Projects, query);
        var projection = ProjectSummaries.Projection(store, viewer.EditableByCaller());
        var page = await store.ToPageAsync(filtered, query, ListProjectsValidator.SortFields, "-updatedAt", p => p.Id, projection, cancellationToken);
        var rows = page.Items.Select(ProjectSummaries.WithOptions).ToList();
        return page with { Items = await ProjectSummaries.WithOwnerNamesAsync(rows, names, cancellationToken) };
    }
}

/// <summary>How a project becomes a <see cref="ProjectSummaryDto"/>: names of the lead agency read in the same statement.</summary>
public static class ProjectSummaries
{
    /// <param name="editable">Whether the caller may change a project, as a condition on its row; without it no row is editable.</param>
    public static Expression<Func<ExportProject, ProjectSummaryDto>> Projection(IReadStore store, Expression<Func<ExportProject, bool>>? editable = null)
    {
        var organizations = store.Organizations;
        Expression<Func<ExportProject, bool, ProjectSummaryDto>> shape = (p, canEdit) => new ProjectSummaryDto(
            p.Id, p.Code, p.Title, p.CountryCode, p.LeadAgencyId,
            organizations.Where(o => o.Id == p.LeadAgencyId).Select(o => o.Name).FirstOrDefault(),
            organizations.Where(o => o.Id == p.LeadAgencyId).Select(o => o.NameKo).FirstOrDefault(),
            p.OwnerId, p.EstimatedValueUsd, p.Probability, p.Stage, p.Status,
            p.StageEnteredAt, p.ExpectedDecisionOn, p.CreatedAt, p.UpdatedAt, p.Version)
        {
            CanEdit = canEdit,
        };

        // The condition goes into the same SELECT as one more column: (p, canEdit) => ... becomes p => ... editable(p).
        var project = shape.Parameters[0];
        var condition = editable is null ? Expression.Constant(false) : Substitute(editable.Body, editable.Parameters[0], project);
        return Expression.Lambda<Func<ExportProject, ProjectSummaryDto>>(Substitute(shape.Body, shape.Parameters[1], condition), project);
    }

    /// <summary>A row the caller may change gets the moves and status changes its stage and status allow (domain rules).</summary>
    public static ProjectSummaryDto WithOptions(ProjectSummaryDto row) => row.CanEdit
        ? row with { MoveOptions = ProjectOptions.Moves(row.Stage, row.Status), StatusOptions = ProjectOptions.StatusChanges(row.Stage, row.Status) }
        : row;

    private static Expression Substitute(Expression body, ParameterExpression parameter, Expression replacement) =>
        new ParameterSubstitution(parameter, replacement).Visit(body);

    private sealed class ParameterSubstitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    /// <summary>Fills in the owners' display names (cached; one lookup for those not yet known).</summary>
    public static async Task<IReadOnlyList<ProjectSummaryDto>> WithOwnerNamesAsync(
        IReadOnlyList<ProjectSummaryDto> items, IPersonNames names, CancellationToken cancellationToken)
    {
        var owners = items.Select(i => i.OwnerId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (owners.Count == 0)
        {
            return items;
        }

        var known = await names.DisplayNamesAsync(owners, cancellationToken);
        return items.Select(i => i.OwnerId is { } id ? i with { OwnerName = known.GetValueOrDefault(id, id) } : i).ToList();
    }
}
