using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Dashboard.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Dashboard.GetSmeShare;

/// <summary>
/// How much of the contracted value SMEs carry: each contracted project's value times its SME share
/// (the shares of its SME consortium members), overall and per contract year.
/// </summary>
[Requires(Permission.ReadProjects)]
public sealed record GetSmeShareQuery : IQuery<SmeShareDto>;

public sealed record SmeShareDto(int ContractCount, decimal ContractedValueUsd, decimal SmeValueUsd, decimal SmeSharePercent, IReadOnlyList<SmeShareYearDto> ByYear);

public sealed record SmeShareYearDto(int Year, decimal ContractedValueUsd, decimal SmeValueUsd, decimal SmeSharePercent);

public sealed class GetSmeShareHandler(IReadStore store) : IQueryHandler<GetSmeShareQuery, SmeShareDto>
{
    public async ValueTask<SmeShareDto> Handle(GetSmeShareQuery query, CancellationToken cancellationToken)
    {
        var years = await store.ToListAsync(
            ContractedProjects.Of(store).GroupBy(c => c.Year).Select(g => new
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
}
