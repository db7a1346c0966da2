using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;

namespace EgovExport.Application.Common.Abstractions;

/// <summary>
/// Write side: loads aggregates for change and saves them in one transaction.
/// <see cref="SaveChangesAsync"/> throws <see cref="Exceptions.ConcurrencyConflictException"/> when
/// another writer saved the same aggregate first and <see cref="Exceptions.DuplicateKeyException"/>
/// when a unique key is taken.
/// </summary>
public interface IWriteStore
{
    Task<Country?> FindCountryAsync(string code, CancellationToken cancellationToken);

    Task<Organization?> FindOrganizationAsync(Guid id, CancellationToken cancellationToken);

    Task<Solution?> FindSolutionAsync(Guid id, CancellationToken cancellationToken);

    Task<ExportProject?> FindProjectAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The highest project code issued for <paramref name="year"/>, or null.</summary>
    Task<string?> LastProjectCodeAsync(int year, CancellationToken cancellationToken);

    /// <summary>The follow-on chain above a project: its predecessor's predecessor and so on.</summary>
    Task<IReadOnlyCollection<Guid>> FollowOnAncestorsAsync(Guid projectId, CancellationToken cancellationToken);

    void Add(object aggregate);

    /// <summary>Forgets an aggregate that was added but could not be saved (so a retry starts clean).</summary>
    void Detach(object aggregate);

    Task SaveChangesAsync(CancellationToken cancellationToken);
}
