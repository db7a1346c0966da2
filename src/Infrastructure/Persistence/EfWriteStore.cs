using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace EgovExport.Infrastructure.Persistence;

/// <summary>The write side over EF Core: tracked aggregates, saved in one transaction.</summary>
internal sealed class EfWriteStore(EgovExportDbContext db) : IWriteStore
{
    // Each aggregate loaded for change is remembered as loaded: its audit row's "before".
    public async Task<Country?> FindCountryAsync(string code, CancellationToken cancellationToken) =>
        Remembered(await db.Countries.FirstOrDefaultAsync(c => c.Code == code, cancellationToken));

    public async Task<Organization?> FindOrganizationAsync(Guid id, CancellationToken cancellationToken) =>
        Remembered(await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken));

    public async Task<Solution?> FindSolutionAsync(Guid id, CancellationToken cancellationToken) =>
        Remembered(await db.Solutions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken));

    public async Task<ExportProject?> FindProjectAsync(Guid id, CancellationToken cancellationToken) =>
        Remembered(await db.Projects.Include(p => p.Solutions).Include(p => p.Participants).AsSingleQuery().FirstOrDefaultAsync(p => p.Id == id, cancellationToken));

    public Task<string?> LastProjectCodeAsync(int year, CancellationToken cancellationToken)
    {
        var prefix = $"EXP-{year:D4}-";
        // Longer codes are later ones (EXP-2026-10000 follows EXP-2026-9999).
        return db.Projects.Where(p => p.Code.StartsWith(prefix)).OrderByDescending(p => p.Code.Length).ThenByDescending(p => p.Code).Select(p => p.Code)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyCollection<Guid>> FollowOnAncestorsAsync(Guid projectId, CancellationToken cancellationToken)
    {
        // Chains are short (a pilot grows into a project, maybe into a second phase); the bound only
        // stops a corrupted cycle from looping.
        var ancestors = new List<Guid>();
        Guid? current = projectId;
        while (current is { } id && ancestors.Count < 100)
        {
            current = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => p.FollowsProjectId).FirstOrDefaultAsync(cancellationToken);
            if (current is { } next)
            {
                if (ancestors.Contains(next))
                {
                    break;
                }

                ancestors.Add(next);
            }
        }

        return ancestors;
    }

    public void Add(object aggregate) => db.Add(aggregate);

    private T? Remembered<T>(T? aggregate)
        where T : class
    {
        db.RememberOriginal(aggregate);
        return aggregate;
    }

    public void Detach(object aggregate) => db.Entry(aggregate).State = EntityState.Detached;

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(ex.Entries is [var entry, ..] ? entry.Metadata.ClrType.Name : "The record", null);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Matches(ex))
        {
            throw new DuplicateKeyException("A record with the same unique key already exists.", ex);
        }
    }
}

/// <summary>Recognizes a unique-key violation on each of the three providers.</summary>
internal static class UniqueViolation
{
    public static bool Matches(DbUpdateException ex) => ex.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException p => p.SqlState == "23505",
        Microsoft.Data.SqlClient.SqlException m => m.Number is 2601 or 2627,
        _ => false,
    };
}
