using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using static EgovExport.Domain.Tests.Access.Actors;

namespace EgovExport.Domain.Tests.Access;

/// <summary>
/// <see cref="AccessPolicy.ReadScope"/>, <see cref="AccessPolicy.EditScope"/> and <see cref="AccessPolicy.MayLead"/>:
/// which projects a caller may read and change, and which agency it may name as lead.
/// </summary>
public sealed class ProjectScopePolicyTests
{
    private static readonly Guid Unrelated = Guid.Parse("0199b000-0000-7000-8000-0000000000ff");

    /// <summary>Whether a project led by <paramref name="lead"/> with these consortium members is in the scope.</summary>
    private static bool Includes(ProjectScope scope, Guid lead, params Guid[] members) => scope.Includes(lead, members);

    // ---- read scope ----

    [Fact]
    public void An_administrator_reads_and_edits_every_project()
    {
        Assert.Equal(ProjectScope.All, AccessPolicy.ReadScope(Administrator()));
        Assert.Equal(ProjectScope.All, AccessPolicy.EditScope(Administrator()));
    }

    [Fact]
    public void The_system_reads_and_edits_every_project()
    {
        Assert.Equal(ProjectScope.All, AccessPolicy.ReadScope(Actor.System));
        Assert.Equal(ProjectScope.All, AccessPolicy.EditScope(Actor.System));
    }

    [Fact]
    public void An_analyst_reads_every_project_and_edits_none()
    {
        Assert.Equal(ProjectScope.All, AccessPolicy.ReadScope(Analyst()));
        Assert.Equal(ProjectScope.None, AccessPolicy.EditScope(Analyst()));
    }

    [Fact]
    public void An_agency_officer_reads_every_project()
    {
        var read = AccessPolicy.ReadScope(Officer());

        Assert.Equal(ProjectScope.All, read);
        Assert.True(Includes(read, OtherAgency, OtherCompany));
    }

    [Fact]
    public void An_agency_officer_edits_only_projects_its_agency_leads()
    {
        var edit = AccessPolicy.EditScope(Officer());

        Assert.Equal(ProjectScope.LedBy(Agency), edit);
        Assert.True(Includes(edit, Agency));
        Assert.True(Includes(edit, Agency, Company, OtherCompany));
        Assert.False(Includes(edit, OtherAgency, Company));
        Assert.False(Includes(edit, OtherAgency, Agency)); // taking part is not leading
    }

    [Fact]
    public void A_company_member_reads_only_its_consortiums_projects()
    {
        var read = AccessPolicy.ReadScope(Member());

        Assert.Equal(ProjectScope.ParticipantOf(Company), read);
        Assert.True(Includes(read, OtherAgency, OtherCompany, Company));
        Assert.False(Includes(read, OtherAgency, OtherCompany));
        Assert.False(Includes(read, OtherAgency));
    }

    [Fact]
    public void A_company_member_edits_only_its_consortiums_projects()
    {
        var edit = AccessPolicy.EditScope(Member());

        Assert.Equal(ProjectScope.ParticipantOf(Company), edit);
        Assert.True(Includes(edit, Agency, Company));
        Assert.False(Includes(edit, Agency, OtherCompany));
    }

    [Fact]
    public void An_analyst_who_is_also_a_company_member_reads_everything_and_edits_the_consortiums_projects()
    {
        var actor = User(Company, OrganizationKind.KoreanCompany, Role.Analyst, Role.CompanyMember);

        Assert.Equal(ProjectScope.All, AccessPolicy.ReadScope(actor));
        Assert.Equal(ProjectScope.ParticipantOf(Company), AccessPolicy.EditScope(actor));
    }

    [Fact]
    public void A_company_member_without_an_organization_reads_and_edits_nothing()
    {
        var actor = User(null, null, Role.CompanyMember);

        Assert.Equal(ProjectScope.None, AccessPolicy.ReadScope(actor));
        Assert.Equal(ProjectScope.None, AccessPolicy.EditScope(actor));
    }

    [Fact]
    public void A_person_without_roles_reads_and_edits_nothing()
    {
        Assert.Equal(ProjectScope.None, AccessPolicy.ReadScope(NoRoles()));
        Assert.Equal(ProjectScope.None, AccessPolicy.EditScope(NoRoles()));
    }

    [Fact]
    public void Anonymous_reads_and_edits_nothing()
    {
        Assert.Equal(ProjectScope.None, AccessPolicy.ReadScope(Actor.Anonymous));
        Assert.Equal(ProjectScope.None, AccessPolicy.EditScope(Actor.Anonymous));
    }

    // ---- partner systems ----

    [Fact]
    public void A_client_not_bound_to_an_organization_acts_on_every_project()
    {
        var client = UnboundClient(Scopes.ProjectsWrite);

        Assert.Equal(ProjectScope.All, AccessPolicy.ReadScope(client));
        Assert.Equal(ProjectScope.All, AccessPolicy.EditScope(client));
    }

    [Fact]
    public void An_agency_bound_client_reads_every_project_and_edits_those_its_agency_leads()
    {
        var client = AgencyClient(Scopes.ProjectsWrite);

        Assert.Equal(ProjectScope.All, AccessPolicy.ReadScope(client));
        Assert.Equal(ProjectScope.LedBy(Agency), AccessPolicy.EditScope(client));
    }

    [Theory]
    [InlineData(OrganizationKind.KoreanCompany)]
    [InlineData(OrganizationKind.ForeignGovernmentBody)]
    [InlineData(OrganizationKind.InternationalOrganization)]
    [InlineData(OrganizationKind.FundingInstitution)]
    public void A_client_bound_to_another_organization_reads_and_edits_only_the_projects_it_takes_part_in(OrganizationKind kind)
    {
        var client = Client(ForeignBody, kind, Scopes.ProjectsRead, Scopes.ProjectsWrite);

        Assert.Equal(ProjectScope.ParticipantOf(ForeignBody), AccessPolicy.ReadScope(client));
        Assert.Equal(ProjectScope.ParticipantOf(ForeignBody), AccessPolicy.EditScope(client));
        Assert.True(Includes(AccessPolicy.ReadScope(client), Agency, ForeignBody));
        Assert.False(Includes(AccessPolicy.ReadScope(client), Agency, Company));
    }

    [Fact]
    public void A_bound_client_with_the_admin_scope_acts_on_every_project()
    {
        var client = CompanyClient(Scopes.Admin);

        Assert.Equal(ProjectScope.All, AccessPolicy.ReadScope(client));
        Assert.Equal(ProjectScope.All, AccessPolicy.EditScope(client));
    }

    // ---- naming a lead agency ----

    [Fact]
    public void An_administrator_may_name_any_lead_agency()
    {
        Assert.True(AccessPolicy.MayLead(Administrator(), Agency));
        Assert.True(AccessPolicy.MayLead(Administrator(), Unrelated));
    }

    [Fact]
    public void An_agency_officer_may_name_only_its_own_agency_as_lead()
    {
        Assert.True(AccessPolicy.MayLead(Officer(), Agency));
        Assert.False(AccessPolicy.MayLead(Officer(), OtherAgency));
        Assert.True(AccessPolicy.MayLead(Officer(OtherAgency), OtherAgency));
        Assert.False(AccessPolicy.MayLead(Officer(OtherAgency), Agency));
    }

    [Fact]
    public void A_company_member_may_name_no_lead_agency_not_even_its_company()
    {
        Assert.False(AccessPolicy.MayLead(Member(), Agency));
        Assert.False(AccessPolicy.MayLead(Member(), Company));
    }

    [Fact]
    public void An_analyst_may_name_no_lead_agency() =>
        Assert.False(AccessPolicy.MayLead(Analyst(), Agency));

    [Fact]
    public void Anonymous_may_name_no_lead_agency() =>
        Assert.False(AccessPolicy.MayLead(Actor.Anonymous, Agency));

    [Fact]
    public void An_unbound_client_may_name_any_lead_agency()
    {
        Assert.True(AccessPolicy.MayLead(UnboundClient(Scopes.ProjectsWrite), Agency));
        Assert.True(AccessPolicy.MayLead(UnboundClient(Scopes.ProjectsWrite), OtherAgency));
    }

    [Fact]
    public void An_agency_bound_client_may_name_only_its_own_agency_as_lead()
    {
        Assert.True(AccessPolicy.MayLead(AgencyClient(Scopes.ProjectsWrite), Agency));
        Assert.False(AccessPolicy.MayLead(AgencyClient(Scopes.ProjectsWrite), OtherAgency));
    }

    [Fact]
    public void A_company_bound_client_may_name_no_lead_agency()
    {
        Assert.False(AccessPolicy.MayLead(CompanyClient(Scopes.ProjectsWrite), Agency));
        Assert.False(AccessPolicy.MayLead(CompanyClient(Scopes.ProjectsWrite), Company));
    }
}
