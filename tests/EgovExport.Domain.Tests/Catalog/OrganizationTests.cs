using EgovExport.Domain.Catalog;

namespace EgovExport.Domain.Tests.Catalog;

public class OrganizationTests
{
    private static Organization Create(OrganizationKind kind, CompanySize? size) =>
        Organization.Create(Guid.CreateVersion7(), "Example Systems", null, kind, "kr", size);

    [Theory]
    [InlineData(OrganizationKind.KoreanGovernmentAgency)]
    [InlineData(OrganizationKind.ForeignGovernmentBody)]
    [InlineData(OrganizationKind.FundingInstitution)]
    public void Only_a_korean_company_has_a_size(OrganizationKind kind)
    {
        Expect.Invalid("size", () => Create(kind, CompanySize.Sme));
    }

    [Theory]
    [InlineData(CompanySize.Sme, true)]
    [InlineData(CompanySize.Large, false)]
    public void A_korean_company_is_an_sme_by_its_size(CompanySize size, bool isSme)
    {
        Assert.Equal(isSme, Create(OrganizationKind.KoreanCompany, size).IsSme);
    }

    [Fact]
    public void An_organization_that_is_not_a_company_is_not_an_sme()
    {
        Assert.False(Create(OrganizationKind.InternationalOrganization, null).IsSme);
    }

    [Fact]
    public void Updating_an_organization_increases_its_version()
    {
        var organization = Create(OrganizationKind.KoreanCompany, CompanySize.Large);

        organization.Update("Example Systems", "예시 시스템", OrganizationKind.KoreanCompany, "KR", CompanySize.Sme);

        Assert.Equal(2, organization.Version);
        Assert.True(organization.IsSme);
    }
}
