using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Projects;
using Mediator;

namespace EgovExport.Application.Dashboard;

/// <summary>
/// The open pipeline (projects Active or On hold) by stage: how many, their estimated value in US dollars,
/// and the weighted forecast (value × probability). Aggregated in the database over every project: a
/// company's staff see other companies' projects only as these figures (DOMAIN.md), never as rows.
/// </summary>
[Requires(Permission.ReadProjects)]
public sealed record GetPipelineSummaryQuery : IQuery<PipelineSummaryDto>;

/// <summary>One stage's line of the pipeline.</summary>
public sealed record PipelineStageDto(Stage Stage, int Count, decimal ValueUsd, decimal WeightedValueUsd);

/// <summary>Every stage, in pipeline order (a stage with no project is there with zeros), and the totals.</summary>
public sealed record PipelineSummaryDto(IReadOnlyList<PipelineStageDto> Stages, int Count, decimal ValueUsd, decimal WeightedValueUsd);

public sealed class GetPipelineSummaryHandler(IReadStore store) : IQueryHandler<GetPipelineSummaryQuery, PipelineSummaryDto>
{
    public async ValueTask<PipelineSummaryDto> Handle(GetPipelineSummaryQuery query, CancellationToken cancellationToken) =>
        await PipelineTotals.ByStageAsync(store, PipelineTotals.Open(store.ProjectsForAggregates), cancellationToken);
}

/// <summary>Sums over a set of projects, grouped in the database.</summary>
public static class PipelineTotals
{
    /// <summary>The open pipeline: Active or On hold.</summary>
    public static IQueryable<ExportProject> Open(IQueryable<ExportProject> projects) =>
        projects.Where(p => p.Status == ProjectStatus.Active || p.Status == ProjectStatus.OnHold);

    public static async Task<PipelineSummaryDto> ByStageAsync(IReadStore store, IQueryable<ExportProject> projects, CancellationToken cancellationToken)
    {
        var rows = await store.ToListAsync(
            projects.GroupBy(p => p.Stage).Select(g => new
            {
                Stage = g.Key,
                Count = g.Count(),
                Value = g.Sum(p => p.EstimatedValueUsd),
                Weighted = g.Sum(p => p.EstimatedValueUsd * p.Probability),
            }),
            cancellationToken);

        var stages = Enum.GetValues<Stage>().Select(stage => rows.FirstOrDefault(r => r.Stage == stage) is { } row
            ? new PipelineStageDto(stage, row.Count, Math.Round(row.Value, 2), Math.Round(row.Weighted / 100m, 2))
            : new PipelineStageDto(stage, 0, 0m, 0m)).ToList();
        return new PipelineSummaryDto(stages, stages.Sum(s => s.Count), stages.Sum(s => s.ValueUsd), stages.Sum(s => s.WeightedValueUsd));
    }
}
