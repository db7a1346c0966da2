using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Dashboard.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Dashboard.GetContractsByYear;

/// <summary>
/// Contracted value per year — by the year the contract was signed, over the projects standing in Contract
/// or Maintenance — beside the official export record and the target of that year. A contract's value counts in US dollars as signed when it is in USD, and
/// otherwise as the project's estimated value in USD (no exchange rates are kept).
/// </summary>
[Requires(Permission.ReadProjects)]
public sealed record GetContractsByYearQuery : IQuery<IReadOnlyList<ContractYearDto>>;

public sealed record ContractYearDto(int Year, int ContractCount, decimal ContractedValueUsd, decimal? OfficialValueUsd, decimal? TargetValueUsd);

public sealed class GetContractsByYearHandler(IReadStore store) : IQueryHandler<GetContractsByYearQuery, IReadOnlyList<ContractYearDto>>
{
    public async ValueTask<IReadOnlyList<ContractYearDto>> Handle(GetContractsByYearQuery query, CancellationToken cancellationToken)
    {
        var contracts = await store.ToListAsync(
            ContractedProjects.Of(store).GroupBy(c => c.Year).Select(g => new { Year = g.Key, Count = g.Count(), Value = g.Sum(c => c.ValueUsd) }),
            cancellationToken);
        var records = await store.ToListAsync(store.ExportRecords.Select(r => new { r.Year, r.OfficialValueUsd, r.TargetValueUsd }), cancellationToken);

        return contracts.Select(c => c.Year).Union(records.Select(r => r.Year)).Order().Select(year =>
        {
            var contract = contracts.FirstOrDefault(c => c.Year == year);
            var record = records.FirstOrDefault(r => r.Year == year);
            return new ContractYearDto(year, contract?.Count ?? 0, Math.Round(contract?.Value ?? 0m, 2), record?.OfficialValueUsd, record?.TargetValueUsd);
        }).ToList();
    }
}
