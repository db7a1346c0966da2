using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Projects;

namespace EgovExport.Application.Dashboard.Common;

/// <summary>One stage's line of the pipeline.</summary>
public sealed record PipelineStageDto(Stage Stage, int Count, decimal ValueUsd, decimal WeightedValueUsd);

/// <summary>Every stage, in pipeline order (a stage with no project is there with zeros), and the totals.</summary>
public sealed record PipelineSummaryDto(IReadOnlyList<PipelineStageDto> Stages, int Count, decimal ValueUsd, decimal WeightedValueUsd);

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
