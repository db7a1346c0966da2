using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;

namespace EgovExport.Domain.Tests.Access;

/// <summary><see cref="RoleAssignment.Check"/>: the organization a person must belong to for their roles.</summary>
public sealed class RoleAssignmentTests
{
    private static void Accepted(Role[] roles, OrganizationKind? kind) =>
        Assert.Null(Record.Exception(() => RoleAssignment.Check(roles, kind)));

    [Theory]
    [InlineData(null)]
    [InlineData(OrganizationKind.KoreanGovernmentAgency)]
    [InlineData(OrganizationKind.KoreanCompany)]
    public void A_person_without_roles_is_refused(OrganizationKind? kind) =>
        Expect.Invalid("roles", () => RoleAssignment.Check([], kind));

    [Fact]
    public void An_agency_officer_of_a_korean_government_agency_is_accepted() =>
        Accepted([Role.AgencyOfficer], OrganizationKind.KoreanGovernmentAgency);

    [Theory]
    [InlineData(null)]
    [InlineData(OrganizationKind.KoreanCompany)]
    [InlineData(OrganizationKind.ForeignGovernmentBody)]
    [InlineData(OrganizationKind.InternationalOrganization)]
    [InlineData(OrganizationKind.FundingInstitution)]
    public void An_agency_officer_outside_a_korean_government_agency_is_refused(OrganizationKind? kind) =>
        Expect.Invalid("organizationId", () => RoleAssignment.Check([Role.AgencyOfficer], kind));

    [Fact]
    public void A_company_member_of_a_korean_company_is_accepted() =>
        Accepted([Role.CompanyMember], OrganizationKind.KoreanCompany);

    [Theory]
    [InlineData(null)]
    [InlineData(OrganizationKind.KoreanGovernmentAgency)]
    [InlineData(OrganizationKind.ForeignGovernmentBody)]
    [InlineData(OrganizationKind.InternationalOrganization)]
    [InlineData(OrganizationKind.FundingInstitution)]
    public void A_company_member_outside_a_korean_company_is_refused(OrganizationKind? kind) =>
        Expect.Invalid("organizationId", () => RoleAssignment.Check([Role.CompanyMember], kind));

    [Theory]
    [InlineData(null)]
    [InlineData(OrganizationKind.KoreanGovernmentAgency)]
    [InlineData(OrganizationKind.KoreanCompany)]
    [InlineData(OrganizationKind.FundingInstitution)]
    public void Agency_officer_and_company_member_at_once_are_refused_whatever_the_organization(OrganizationKind? kind) =>
        Expect.Invalid("roles", () => RoleAssignment.Check([Role.AgencyOfficer, Role.CompanyMember], kind));

    [Theory]
    [InlineData(Role.Administrator, null)]
    [InlineData(Role.Administrator, OrganizationKind.KoreanCompany)]
    [InlineData(Role.Administrator, OrganizationKind.FundingInstitution)]
    [InlineData(Role.Analyst, null)]
    [InlineData(Role.Analyst, OrganizationKind.KoreanGovernmentAgency)]
    [InlineData(Role.Analyst, OrganizationKind.InternationalOrganization)]
    public void Administrators_and_analysts_need_no_particular_organization(Role role, OrganizationKind? kind) =>
        Accepted([role], kind);

    [Fact]
    public void An_administrator_and_analyst_at_once_is_accepted() =>
        Accepted([Role.Administrator, Role.Analyst], null);

    [Fact]
    public void An_analyst_who_is_also_an_agency_officer_still_needs_an_agency()
    {
        Accepted([Role.Analyst, Role.AgencyOfficer], OrganizationKind.KoreanGovernmentAgency);
        Expect.Invalid("organizationId", () => RoleAssignment.Check([Role.Analyst, Role.AgencyOfficer], OrganizationKind.KoreanCompany));
        Expect.Invalid("organizationId", () => RoleAssignment.Check([Role.Analyst, Role.AgencyOfficer], null));
    }

    [Fact]
    public void An_administrator_who_is_also_a_company_member_still_needs_a_company()
    {
        Accepted([Role.Administrator, Role.CompanyMember], OrganizationKind.KoreanCompany);
        Expect.Invalid("organizationId", () => RoleAssignment.Check([Role.Administrator, Role.CompanyMember], null));
    }
}
