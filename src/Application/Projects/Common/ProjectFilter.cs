using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;

namespace EgovExport.Application.Projects.Common;

/// <summary>The filters a view of projects shares: the list, the board's totals and the CSV export.</summary>
public interface IProjectFilter
{
    Stage? Stage { get; }

    ProjectStatus? Status { get; }

    string? CountryCode { get; }

    Region? Region { get; }

    Guid? SolutionId { get; }

    Guid? LeadAgencyId { get; }

    Guid? FollowsProjectId { get; }

    string? Q { get; }
}

public static class ProjectFilters
{
    /// <summary>Narrows <paramref name="projects"/> to the filter, in the database.</summary>
    public static IQueryable<ExportProject> Apply(IReadStore store, IQueryable<ExportProject> projects, IProjectFilter filter)
    {
        if (filter.Stage is { } stage)
        {
            projects = projects.Where(p => p.Stage == stage);
        }

        if (filter.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (!string.IsNullOrEmpty(filter.CountryCode))
        {
            var country = filter.CountryCode.ToUpperInvariant();
            projects = projects.Where(p => p.CountryCode == country);
        }

        if (filter.Region is { } region)
        {
            var countries = store.Countries.Where(c => c.Region == region).Select(c => c.Code);
            projects = projects.Where(p => countries.Contains(p.CountryCode));
        }

        if (filter.SolutionId is { } solutionId)
        {
            var withSolution = store.ProjectSolutions.Where(s => s.SolutionId == solutionId).Select(s => s.ProjectId);
            projects = projects.Where(p => withSolution.Contains(p.Id));
        }

        if (filter.LeadAgencyId is { } agency)
        {
            projects = projects.Where(p => p.LeadAgencyId == agency);
        }

        if (filter.FollowsProjectId is { } predecessor)
        {
            projects = projects.Where(p => p.FollowsProjectId == predecessor);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var text = filter.Q.Trim().ToLowerInvariant();
            projects = projects.Where(p => p.SearchText.Contains(text));
        }

        return projects;
    }
}
