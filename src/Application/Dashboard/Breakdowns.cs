using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using Mediator;

namespace EgovExport.Application.Dashboard;

// The dashboard's other figures. Like the pipeline summary they add up every project
// (ProjectsForAggregates) in the database and answer only counts and sums, never rows (decision 0006).

/// <summary>
/// Contracted value per year — by the year the contract was signed, over the projects standing in Contract
/// or Maintenance — beside the official export record and the target of that year. A contract's value counts in US dollars as signed when it is in USD, and
/// otherwise as the project's estimated value in USD (no exchange rates are kept).
/// </summary>
[Requires(Permission.ReadProjects)]
public sealed record GetContractsByYearQuery : IQuery<IReadOnlyList<ContractYearDto>>;

public sealed record ContractYearDto(int Year, int ContractCount, decimal ContractedValueUsd, decimal? OfficialValueUsd, decimal? TargetValueUsd);

/// <summary>The open pipeline by the region of the project's country.</summary>
[Requires(Permission.ReadProjects)]
public sealed record GetPipelineByRegionQuery : IQuery<IReadOnlyList<RegionTotalDto>>;

public sealed record RegionTotalDto(Region Region, int Count, decimal ValueUsd, decimal WeightedValueUsd);

/// <summary>The open pipeline by solution (a project offering two solutions counts under both), largest value first.</summary>
[Requires(Permission.ReadProjects)]
public sealed record GetPipelineBySolutionQuery : IQuery<IReadOnlyList<SolutionTotalDto>>;

public sealed record SolutionTotalDto(Guid SolutionId, string Code, string Name, string? NameKo, int Count, decimal ValueUsd);

/// <summary>
/// How much of the contracted value SMEs carry: each contracted project's value times its SME share
/// (the shares of its SME consortium members), overall and per contract year.
/// </summary>
[Requires(Permission.ReadProjects)]
public sealed record GetSmeShareQuery : IQuery<SmeShareDto>;

public sealed record SmeShareDto(int ContractCount, decimal ContractedValueUsd, decimal SmeValueUsd, decimal SmeSharePercent, IReadOnlyList<SmeShareYearDto> ByYear);

public sealed record SmeShareYearDto(int Year, decimal ContractedValueUsd, decimal SmeValueUsd, decimal SmeSharePercent);

public sealed class DashboardBreakdownHandlers(IReadStore store) :
    IQueryHandler<GetContractsByYearQuery, IReadOnlyList<ContractYearDto>>,
    IQueryHandler<GetPipelineByRegionQuery, IReadOnlyList<RegionTotalDto>>,
    IQueryHandler<GetPipelineBySolutionQuery, IReadOnlyList<SolutionTotalDto>>,
    IQueryHandler<GetSmeShareQuery, SmeShareDto>
{
    public async ValueTask<IReadOnlyList<ContractYearDto>> Handle(GetContractsByYearQuery query, CancellationToken cancellationToken)
    {
        var contracts = await store.ToListAsync(
            Contracted().GroupBy(c => c.Year).Select(g => new { Year = g.Key, Count = g.Count(), Value = g.Sum(c => c.ValueUsd) }),
            cancellationToken);
        var records = await store.ToListAsync(store.ExportRecords.Select(r => new { r.Year, r.OfficialValueUsd, r.TargetValueUsd }), cancellationToken);

        return contracts.Select(c => c.Year).Union(records.Select(r => r.Year)).Order().Select(year =>
        {
            var contract = contracts.FirstOrDefault(c => c.Year == year);
            var record = records.FirstOrDefault(r => r.Year == year);
            return new ContractYearDto(year, contract?.Count ?? 0, Math.Round(contract?.Value ?? 0m, 2), record?.OfficialValueUsd, record?.TargetValueUsd);
        }).ToList();
    }

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

    public async ValueTask<SmeShareDto> Handle(GetSmeShareQuery query, CancellationToken cancellationToken)
    {
        var years = await store.ToListAsync(
            Contracted().GroupBy(c => c.Year).Select(g => new
            {
                Year = g.Key,
                Count = g.Count(),
                Value = g.Sum(c => c.ValueUsd),
                Sme = g.Sum(c => c.ValueUsd * c.SmeShare),
            }).OrderBy(g => g.Year),
            cancellationToken);

        var byYear = years.Select(y => new SmeShareYearDto(y.Year, Math.Round(y.Value, 2), Math.Round(y.Sme / 100m, 2), Percent(y.Sme / 100m, y.Value))).ToList();
        var value = years.Sum(y => y.Value);
        var sme = years.Sum(y => y.Sme) / 100m;
        return new SmeShareDto(years.Sum(y => y.Count), Math.Round(value, 2), Math.Round(sme, 2), Percent(sme, value), byYear);
    }

    private static decimal Percent(decimal part, decimal whole) => whole == 0m ? 0m : Math.Round(part * 100m / whole, 1);

    /// <summary>
    /// Every signed contract: its year, its value in USD and the project's SME share in percent. The stage
    /// (a plain column) narrows the rows first, so the JSON is read only for projects that reached a contract.
    /// </summary>
    private IQueryable<ContractFacts> Contracted() =>
        from p in store.ProjectsForAggregates
        where p.Stage >= Stage.Contract && p.Contract != null
        select new ContractFacts
        {
            Year = p.Contract!.SignedOn.Year,
            ValueUsd = p.Contract.Currency == "USD" ? p.Contract.Value : p.EstimatedValueUsd,
            SmeShare = p.Consortium.Where(m => m.IsSme).Sum(m => m.SharePercent),
        };

    private sealed class ContractFacts
    {
        public int Year { get; init; }

        public decimal ValueUsd { get; init; }

        public decimal SmeShare { get; init; }
    }
}
