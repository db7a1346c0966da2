using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Countries;

/// <summary>Countries, filtered by region and by text in the code or either name.</summary>
[Requires(Permission.ReadCatalog)]
public sealed record ListCountriesQuery(int Page = 1, int PageSize = PagingLimits.DefaultPageSize, string? Sort = null, Region? Region = null, string? Q = null)
    : IQuery<PagedResult<CountryDto>>, IPagedQuery;

public sealed class ListCountriesValidator : AbstractValidator<ListCountriesQuery>
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<Country, object?>>> SortFields =
        new Dictionary<string, Expression<Func<Country, object?>>>
        {
            ["code"] = c => c.Code,
            ["name"] = c => c.Name,
            ["region"] = c => c.Region,
        };

    public ListCountriesValidator()
    {
        Include(new PagedQueryValidator<ListCountriesQuery>(SortFields.Keys.ToList()));
        RuleFor(q => q.Q).MaximumLength(100);
    }
}

public sealed class ListCountriesHandler(IReadStore store) : IQueryHandler<ListCountriesQuery, PagedResult<CountryDto>>
{
    public async ValueTask<PagedResult<CountryDto>> Handle(ListCountriesQuery query, CancellationToken cancellationToken)
    {
        var countries = store.Countries;
        if (query.Region is { } region)
        {
            countries = countries.Where(c => c.Region == region);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            var upper = q.ToUpperInvariant();
            countries = countries.Where(c => c.Code == upper || c.Alpha3 == upper || c.Name.Contains(q) || c.NameKo.Contains(q));
        }

        return await store.ToPageAsync(countries, query, ListCountriesValidator.SortFields, "code", c => c.Code, CountryDto.Projection, cancellationToken);
    }
}
