using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Countries.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Countries.GetCountry;

[Requires(Permission.ReadCatalog)]
public sealed record GetCountryQuery(string Code) : IQuery<CountryDto>;

public sealed class GetCountryHandler(IReadStore store) : IQueryHandler<GetCountryQuery, CountryDto>
{
    public async ValueTask<CountryDto> Handle(GetCountryQuery query, CancellationToken cancellationToken)
    {
        var code = query.Code.ToUpperInvariant();
        return await store.FirstOrDefaultAsync(store.Countries.Where(c => c.Code == code).Select(CountryDto.Projection), cancellationToken)
               ?? throw new NotFoundException("Country", query.Code);
    }
}
