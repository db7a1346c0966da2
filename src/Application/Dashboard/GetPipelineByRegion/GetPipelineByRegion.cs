using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Dashboard.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using Mediator;

namespace EgovExport.Application.Dashboard.GetPipelineByRegion;

/// <summary>The open pipeline by the region of the project's country.</summary>
[Requires(Permission.ReadProjects)]
public sealed record GetPipelineByRegionQuery : IQuery<IReadOnlyList<RegionTotalDto>>;

public sealed record RegionTotalDto(Region Region, int Count, decimal ValueUsd, decimal WeightedValueUsd);

public sealed class GetPipelineByRegionHandler(IReadStore store) : IQueryHandler<GetPipelineByRegionQuery, IReadOnlyList<RegionTotalDto>>
{
    public async ValueTask<IReadOnlyList<RegionTotalDto>> Handle(GetPipelineByRegionQuery query, CancellationToken cancellationToken)
    {
        var rows = await store.ToListAsync(
            from p in PipelineTotals.Open(store.ProjectsForAggregates)
            join c in store.Countries on p.CountryCode equals c.Code
            group p by c.Region into g
            select new { Region = g.Key, Count = g.Count(), Value = g.Sum(p => p.EstimatedValueUsd), Weighted = g.Sum(p => p.EstimatedValueUsd * p.Probability) },
            cancellationToken);

        return Enum.GetValues<Region>().Select(region => rows.FirstOrDefault(r => r.Region == region) is { } row
            ? new RegionTotalDto(region, row.Count, Math.Round(row.Value, 2), Math.Round(row.Weighted / 100m, 2))
            : new RegionTotalDto(region, 0, 0m, 0m)).ToList();
    }
}
