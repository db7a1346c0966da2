using EgovExport.Domain.Catalog;
using EgovExport.Domain.Common;

namespace EgovExport.Domain.Access;

/// <summary>Which organization a person must belong to for the roles they are given.</summary>
public static class RoleAssignment
{
    /// <summary>
    /// An agency officer works for a Korean government agency, a company member for a Korean company;
    /// a person who is both needs both and so cannot be given both roles. Administrators and analysts
    /// need no organization.
    /// </summary>
    /// <exception cref="DomainValidationException">The roles and the organization do not fit.</exception>
    public static void Check(IReadOnlyCollection<Role> roles, OrganizationKind? organizationKind)
    {
        if (roles.Count == 0)
        {
            throw new DomainValidationException("roles", "give at least one role.");
        }

        if (roles.Contains(Role.AgencyOfficer) && roles.Contains(Role.CompanyMember))
        {
            throw new DomainValidationException("roles", "a person works either for an agency (AgencyOfficer) or for a company (CompanyMember), not both.");
        }

        if (roles.Contains(Role.AgencyOfficer) && organizationKind != OrganizationKind.KoreanGovernmentAgency)
        {
            throw new DomainValidationException("organizationId", "an agency officer must belong to a Korean government agency.");
        }

        if (roles.Contains(Role.CompanyMember) && organizationKind != OrganizationKind.KoreanCompany)
        {
            throw new DomainValidationException("organizationId", "a company member must belong to a Korean company.");
        }
    }
}
