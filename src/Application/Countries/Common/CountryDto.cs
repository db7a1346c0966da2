using System.Linq.Expressions;
using EgovExport.Domain.Catalog;

namespace EgovExport.Application.Countries.Common;

/// <summary>A country as the API shows it.</summary>
public sealed record CountryDto(string Code, string Alpha3, string Name, string NameKo, Region Region, long Version)
{
    public static readonly Expression<Func<Country, CountryDto>> Projection =
        c => new CountryDto(c.Code, c.Alpha3, c.Name, c.NameKo, c.Region, c.Version);

    private static readonly Func<Country, CountryDto> Map = Projection.Compile();

    public static CountryDto From(Country country) => Map(country);
}
