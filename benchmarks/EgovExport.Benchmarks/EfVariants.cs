using EgovExport.Application.Projects.Common;
using EgovExport.Domain.Projects;
using EgovExport.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EgovExport.Benchmarks;

/// <summary>
/// Variants of the get-one read, for <c>rawread --mode</c>: they split the EF handler's cost into its parts
/// (the solutions Include, the JSON columns, query compilation) so a recommendation can be measured.
/// </summary>
internal static class EfVariants
{
    private static readonly Func<EgovExportDbContext, Guid, CancellationToken, Task<ExportProject?>> CompiledGetOne =
        EF.CompileAsyncQuery((EgovExportDbContext db, Guid id, CancellationToken ct) =>
            db.Projects.AsNoTracking().Include(p => p.Solutions).FirstOrDefault(p => p.Id == id));

    private static readonly Func<EgovExportDbContext, Guid, CancellationToken, Task<ExportProject?>> CompiledRowOnly =
        EF.CompileAsyncQuery((EgovExportDbContext db, Guid id, CancellationToken ct) => db.Projects.AsNoTracking().FirstOrDefault(p => p.Id == id));

    private static readonly Func<EgovExportDbContext, Guid, IAsyncEnumerable<Guid>> CompiledSolutionIds =
        EF.CompileAsyncQuery((EgovExportDbContext db, Guid id) => db.ProjectSolutions.AsNoTracking().Where(s => s.ProjectId == id).Select(s => s.SolutionId));

    public static readonly IReadOnlyDictionary<string, Func<EgovExportDbContext, Guid, CancellationToken, Task<object?>>> All =
        new Dictionary<string, Func<EgovExportDbContext, Guid, CancellationToken, Task<object?>>>
        {
            // The handler's query and mapping, as a compiled query (no expression-tree work per call).
            ["ef-compiled"] = async (db, id, ct) => await CompiledGetOne(db, id, ct) is { } p ? ProjectDto.From(p) : null,

            // The project row alone, compiled: the floor for EF with this mapping (JSON columns included).
            ["ef-compiled-noinclude"] = async (db, id, ct) => await CompiledRowOnly(db, id, ct),

            // Two compiled statements: the row, then its solution ids (no join, no ORDER BY, no collection fix-up).
            ["ef-compiled-2q"] = async (db, id, ct) =>
            {
                var project = await CompiledRowOnly(db, id, ct);
                var solutionIds = new List<Guid>();
                await foreach (var s in CompiledSolutionIds(db, id).WithCancellation(ct))
                {
                    solutionIds.Add(s);
                }

                return project is null ? null : (project, solutionIds);
            },

            // The project row alone, without the solutions Include (no subquery, join or ORDER BY).
            ["ef-noinclude"] = async (db, id, ct) => await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct),

            // The Include as a second statement.
            ["ef-split"] = async (db, id, ct) => await db.Projects.AsNoTracking().Include(p => p.Solutions).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct),

            // The scalar columns only, no JSON column: what materializing the eight JSON columns costs.
            ["ef-nojson"] = async (db, id, ct) => await db.Projects.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new
                {
                    p.Id, p.Code, p.Title, p.CountryCode, p.LeadAgencyId, p.OwnerId, p.EstimatedValueUsd, p.OriginalAmount,
                    p.OriginalCurrency, p.ExpectedDecisionOn, p.Probability, p.Stage, p.Status, p.StageEnteredAt, p.FollowsProjectId,
                    p.CreatedAt, p.CreatedBy, p.UpdatedAt, p.Version, p.SearchText
                })
                .FirstOrDefaultAsync(ct),
        };
}
