using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Countries.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Countries.ListCountries;

/// <summary>Countries, filtered by region and by text in the code or either name.</summary>
[Requires(Permission.ReadCatalog)]
public sealed record ListCountriesQuery(int Page = 1, int PageSize = PagingLimits.DefaultPageSize, string? Sort = null, Region? Region = null, string? Q = null)
    : IQuery<PagedResult<CountryDto>>, ICatalogListQuery;

public sealed class ListCountriesValidator : AbstractValidator<ListCountriesQuery>
{
    public ListCountriesValidator() => Include(ListCountriesHandler.List.Validator<ListCountriesQuery>());
}

public sealed class ListCountriesHandler(IReadStore store) : IQueryHandler<ListCountriesQuery, PagedResult<CountryDto>>
{
    public static readonly CatalogList<Country, string, CountryDto> List = new(
        new Dictionary<string, Expression<Func<Country, object?>>>
        {
            ["code"] = c => c.Code,
            ["name"] = c => c.Name,
            ["region"] = c => c.Region,
        },
        defaultSort: "code",
        tieBreaker: c => c.Code,
        CountryDto.Projection,
        search: q =>
        {
            var upper = q.ToUpperInvariant();
            return c => c.Code == upper || c.Alpha3 == upper || c.Name.Contains(q) || c.NameKo.Contains(q);
        });

    public async ValueTask<PagedResult<CountryDto>> Handle(ListCountriesQuery query, CancellationToken cancellationToken)
    {
        var countries = store.Countries;
        if (query.Region is { } region)
        {
            countries = countries.Where(c => c.Region == region);
        }

        return await List.PageAsync(store, countries, query, cancellationToken);
    }
}
