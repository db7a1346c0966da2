using EgovExport.Application.Common.Security;
using EgovExport.Domain.Auditing;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;

namespace EgovExport.Application.Common.Abstractions;

/// <summary>
/// Read side: untracked queryables the handlers shape into DTOs with <c>Select</c>, and the few async
/// operators they need. Filtering, sorting and paging happen in the database.
/// </summary>
public interface IReadStore
{
    IQueryable<Country> Countries { get; }

    IQueryable<Organization> Organizations { get; }

    IQueryable<Solution> Solutions { get; }

    /// <summary>The projects the current caller may read: a company's staff see only their consortium's projects.</summary>
    IQueryable<ExportProject> Projects { get; }

    /// <summary>
    /// Every project, whatever the caller's scope: only for use cases that answer aggregates (counts and
    /// sums), never rows — how a company's staff see the rest of the pipeline (decision 0006).
    /// </summary>
    IQueryable<ExportProject> ProjectsForAggregates { get; }

    IQueryable<ProjectSolution> ProjectSolutions { get; }

    /// <summary>The transitions of the projects the current caller may read.</summary>
    IQueryable<StageTransition> Transitions { get; }

    IQueryable<AuditEntry> AuditEntries { get; }

    IQueryable<ExportRecord> ExportRecords { get; }

    /// <summary>One project, untracked, in one precompiled single-row statement (the hottest read).</summary>
    Task<ExportProject?> FindProjectAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A project's lead agency and consortium organizations, whatever the caller's scope; null when unknown.</summary>
    Task<ProjectAccessFacts?> ProjectAccessFactsAsync(Guid id, CancellationToken cancellationToken);

    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}
