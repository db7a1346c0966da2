using EgovExport.Api.Http;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Countries.Common;
using EgovExport.Application.Countries.CreateCountry;
using EgovExport.Application.Countries.GetCountry;
using EgovExport.Application.Countries.ListCountries;
using EgovExport.Application.Countries.UpdateCountry;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EgovExport.Api.Endpoints;

/// <summary>/api/v1/countries — the country reference data.</summary>
internal static class CountriesEndpoints
{
    public static void MapCountries(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/countries").WithTags("Countries");
        group.MapGet("/", ListCountries).WithName(nameof(ListCountries)).WithSummary("List countries (filter by region or text; paged).").Lists();
        group.MapGet("/{code}", GetCountry).WithName(nameof(GetCountry)).WithSummary("Get one country by its ISO 3166-1 alpha-2 code.").ReadsOne();
        group.MapPost("/", CreateCountry).WithName(nameof(CreateCountry)).WithSummary("Add a country.").Creates();
        group.MapPut("/{code}", UpdateCountry).WithName(nameof(UpdateCountry)).WithSummary("Change a country (If-Match required).").Changes();
    }

    private static async Task<Ok<PagedResult<CountryDto>>> ListCountries([AsParameters] ListCountriesQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Ok<CountryDto>> GetCountry(string code, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var country = await sender.Send(new GetCountryQuery(code), ct);
        return EndpointConventions.OkWithETag(response, country, country.Version);
    }

    private static async Task<Created<CountryDto>> CreateCountry(CreateCountryCommand command, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var country = await sender.Send(command, ct);
        return EndpointConventions.CreatedWithETag(response, $"/api/v1/countries/{country.Code}", country, country.Version);
    }

    private static async Task<Ok<CountryDto>> UpdateCountry(string code, UpdateCountryCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var country = await sender.Send(command with { Code = code, ExpectedVersion = ETags.RequiredVersion(request) }, ct);
        return EndpointConventions.OkWithETag(response, country, country.Version);
    }
}
