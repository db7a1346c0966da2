using System.Linq.Expressions;
using EgovExport.Domain.Catalog;

namespace EgovExport.Application.Organizations.Common;

/// <summary>An organization as the API shows it.</summary>
public sealed record OrganizationDto(Guid Id, string Name, string? NameKo, OrganizationKind Kind, string CountryCode, CompanySize? Size, long Version)
{
    public static readonly Expression<Func<Organization, OrganizationDto>> Projection =
        o => new OrganizationDto(o.Id, o.Name, o.NameKo, o.Kind, o.CountryCode, o.Size, o.Version);

    private static readonly Func<Organization, OrganizationDto> Map = Projection.Compile();

    public static OrganizationDto From(Organization organization) => Map(organization);
}
