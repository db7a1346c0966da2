using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using Mediator;

namespace EgovExport.Application.Solutions.GetSolutionCountries;

/// <summary>
/// The countries a solution was exported to: those with a project offering it that reached a contract.
/// Counts and sums over every project (decision 0006), so a company sees the solution's whole record.
/// </summary>
[Requires(Permission.ReadCatalog)]
public sealed record GetSolutionCountriesQuery(Guid Id) : IQuery<IReadOnlyList<SolutionCountryDto>>;

/// <summary>One country: how many contracted projects took the solution there and their estimated value.</summary>
public sealed record SolutionCountryDto(string CountryCode, string Name, string NameKo, Region Region, int ProjectCount, decimal ValueUsd);

public sealed class GetSolutionCountriesHandler(IReadStore store) : IQueryHandler<GetSolutionCountriesQuery, IReadOnlyList<SolutionCountryDto>>
{
    public async ValueTask<IReadOnlyList<SolutionCountryDto>> Handle(GetSolutionCountriesQuery query, CancellationToken cancellationToken)
    {
        if (!await store.AnyAsync(store.Solutions.Where(s => s.Id == query.Id), cancellationToken))
        {
            throw new NotFoundException("Solution", query.Id);
        }

        var totals =
            from p in store.ProjectsForAggregates
            join ps in store.ProjectSolutions on p.Id equals ps.ProjectId
            where ps.SolutionId == query.Id && p.Stage >= Stage.Contract
            group p by p.CountryCode into g
            select new { CountryCode = g.Key, Count = g.Count(), Value = g.Sum(p => p.EstimatedValueUsd) };
        var rows = await store.ToListAsync(
            from t in totals
            join c in store.Countries on t.CountryCode equals c.Code
            orderby t.Count descending, c.Name
            select new SolutionCountryDto(c.Code, c.Name, c.NameKo, c.Region, t.Count, t.Value),
            cancellationToken);
        return rows;
    }
}
