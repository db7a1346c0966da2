using EgovExport.Domain.Common;

namespace EgovExport.Domain.Catalog;

/// <summary>An agency, company, foreign body, international organization or funding institution.</summary>
public sealed class Organization : AggregateRoot
{
    private Organization()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = null!;

    public string? NameKo { get; private set; }

    public OrganizationKind Kind { get; private set; }

    public string CountryCode { get; private set; } = null!;

    /// <summary>Only Korean companies have a size.</summary>
    public CompanySize? Size { get; private set; }

    public bool IsSme => Kind == OrganizationKind.KoreanCompany && Size == CompanySize.Sme;

    public static Organization Create(Guid id, string name, string? nameKo, OrganizationKind kind, string countryCode, CompanySize? size)
    {
        var organization = new Organization { Id = Guard.Id(id, "id") };
        organization.Apply(name, nameKo, kind, countryCode, size);
        organization.Raise(new OrganizationCreated(organization.Id, organization.Kind));
        return organization;
    }

    public void Update(string name, string? nameKo, OrganizationKind kind, string countryCode, CompanySize? size)
    {
        Apply(name, nameKo, kind, countryCode, size);
        Touch();
        Raise(new OrganizationUpdated(Id, Kind));
    }

    private void Apply(string name, string? nameKo, OrganizationKind kind, string countryCode, CompanySize? size)
    {
        Kind = Guard.Defined(kind, "kind");
        if (size is not null && kind != OrganizationKind.KoreanCompany)
        {
            throw new DomainValidationException("size", "applies only to organizations of kind KoreanCompany.");
        }

        if (size is { } s)
        {
            Guard.Defined(s, "size");
        }

        Name = Guard.Text(name, "name", 200);
        NameKo = Guard.OptionalText(nameKo, "nameKo", 200);
        CountryCode = Guard.CountryCode(countryCode, "countryCode");
        Size = size;
    }
}
