using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Dashboard.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Dashboard.GetPipelineBySolution;

/// <summary>The open pipeline by solution (a project offering two solutions counts under both), largest value first.</summary>
[Requires(Permission.ReadProjects)]
public sealed record GetPipelineBySolutionQuery : IQuery<IReadOnlyList<SolutionTotalDto>>;

public sealed record SolutionTotalDto(Guid SolutionId, string Code, string Name, string? NameKo, int Count, decimal ValueUsd);

public sealed class GetPipelineBySolutionHandler(IReadStore store) : IQueryHandler<GetPipelineBySolutionQuery, IReadOnlyList<SolutionTotalDto>>
{
    public async ValueTask<IReadOnlyList<SolutionTotalDto>> Handle(GetPipelineBySolutionQuery query, CancellationToken cancellationToken)
    {
        var totals =
            from p in PipelineTotals.Open(store.ProjectsForAggregates)
            join ps in store.ProjectSolutions on p.Id equals ps.ProjectId
            group p by ps.SolutionId into g
            select new { SolutionId = g.Key, Count = g.Count(), Value = g.Sum(p => p.EstimatedValueUsd) };
        var rows = await store.ToListAsync(
            from t in totals
            join s in store.Solutions on t.SolutionId equals s.Id
            orderby t.Value descending, s.Code
            select new SolutionTotalDto(s.Id, s.Code, s.Name, s.NameKo, t.Count, t.Value),
            cancellationToken);
        return rows.Select(r => r with { ValueUsd = Math.Round(r.ValueUsd, 2) }).ToList();
    }
}
