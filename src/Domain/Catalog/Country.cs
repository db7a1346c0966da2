using EgovExport.Domain.Common;

namespace EgovExport.Domain.Catalog;

/// <summary>A country, keyed by its ISO 3166-1 alpha-2 code.</summary>
public sealed class Country : AggregateRoot
{
    private Country()
    {
    }

    public string Code { get; private set; } = null!;

    public string Alpha3 { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public string NameKo { get; private set; } = null!;

    public Region Region { get; private set; }

    public static Country Create(string code, string alpha3, string name, string nameKo, Region region)
    {
        var country = new Country { Code = Guard.CountryCode(code, "code") };
        country.Apply(alpha3, name, nameKo, region);
        country.Raise(new CountryCreated(country.Code));
        return country;
    }

    public void Update(string alpha3, string name, string nameKo, Region region)
    {
        Apply(alpha3, name, nameKo, region);
        Touch();
        Raise(new CountryUpdated(Code));
    }

    private void Apply(string alpha3, string name, string nameKo, Region region)
    {
        var a3 = Guard.Text(alpha3, "alpha3", 3).ToUpperInvariant();
        if (a3.Length != 3 || !a3.All(char.IsAsciiLetterUpper))
        {
            throw new DomainValidationException("alpha3", "must be a three-letter ISO 3166-1 alpha-3 code.");
        }

        Alpha3 = a3;
        Name = Guard.Text(name, "name", 100);
        NameKo = Guard.Text(nameKo, "nameKo", 100);
        Region = Guard.Defined(region, "region");
    }
}
