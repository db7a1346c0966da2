using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Projects.Common;
using EgovExport.Application.Projects.ListProjects;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Projects.DownloadProjectList;

/// <summary>
/// Every project of a list view (same filters and sort, no paging), for a CSV download. At most
/// <see cref="MaxRows"/> rows; <see cref="ProjectListDownload.TotalCount"/> says when the view had more.
/// </summary>
[Requires(Permission.ReadProjects)]
public sealed record DownloadProjectListQuery(
    string? Sort = null,
    Stage? Stage = null,
    ProjectStatus? Status = null,
    string? CountryCode = null,
    Region? Region = null,
    Guid? SolutionId = null,
    Guid? LeadAgencyId = null,
    string? Q = null,
    Guid? FollowsProjectId = null) : IQuery<ProjectListDownload>, IProjectFilter, IPagedQuery
{
    public const int MaxRows = 100_000;

    int IPagedQuery.Page => 1;

    int IPagedQuery.PageSize => MaxRows;
}

/// <summary>The rows of the download and how many projects the view holds.</summary>
public sealed record ProjectListDownload(IReadOnlyList<ProjectSummaryDto> Rows, int TotalCount);

public sealed class DownloadProjectListValidator : AbstractValidator<DownloadProjectListQuery>
{
    public DownloadProjectListValidator()
    {
        RuleFor(q => q.Sort)
            .Must(sort => SortSpec.TryParse(sort!, out var spec) && ListProjectsValidator.SortFields.Keys.Contains(spec.Field, StringComparer.OrdinalIgnoreCase))
            .When(q => !string.IsNullOrEmpty(q.Sort))
            .WithMessage($"must be one of {string.Join(", ", ListProjectsValidator.SortFields.Keys)}, with a leading '-' for descending.");
        RuleFor(q => q.CountryCode).Length(2);
        RuleFor(q => q.Q).MaximumLength(100);
    }
}

public sealed class DownloadProjectListHandler(IReadStore store, IPersonNames names) : IQueryHandler<DownloadProjectListQuery, ProjectListDownload>
{
    public async ValueTask<ProjectListDownload> Handle(DownloadProjectListQuery query, CancellationToken cancellationToken)
    {
        var filtered = ProjectFilters.Apply(store, store.Projects, query);
        var page = await store.ToPageAsync(filtered, query, ListProjectsValidator.SortFields, "-updatedAt", p => p.Id, ProjectSummaries.Projection(store), cancellationToken);
        return new ProjectListDownload(await ProjectSummaries.WithOwnerNamesAsync(page.Items, names, cancellationToken), page.TotalCount);
    }
}
