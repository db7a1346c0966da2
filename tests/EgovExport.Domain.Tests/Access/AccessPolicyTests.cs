using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using static EgovExport.Domain.Access.Permission;
using static EgovExport.Domain.Tests.Access.Actors;

namespace EgovExport.Domain.Tests.Access;

/// <summary>
/// <see cref="AccessPolicy.Allows"/>: which use cases each caller may use at all. Every test states the
/// exact set of permissions a caller has, so a permission gained is as much a failure as one lost.
/// </summary>
public sealed class AccessPolicyTests
{
    // ---- people ----

    [Fact]
    public void An_administrator_may_do_everything() =>
        Assert.Equal(AllPermissions, Allowed(Administrator()));

    [Fact]
    public void An_agency_officer_reads_the_catalog_and_projects_opens_and_edits_projects_and_nothing_else() =>
        Assert.Equal([ReadCatalog, ReadProjects, CreateProjects, EditProjects, ManageOwnAccount], Allowed(Officer()));

    [Fact]
    public void A_company_member_reads_and_edits_projects_but_never_opens_one() =>
        Assert.Equal([ReadCatalog, ReadProjects, EditProjects, ManageOwnAccount], Allowed(Member()));

    [Fact]
    public void An_analyst_reads_projects_catalog_and_audit_and_changes_nothing() =>
        Assert.Equal([ReadCatalog, ReadProjects, ReadAudit, ManageOwnAccount], Allowed(Analyst()));

    [Fact]
    public void A_person_without_roles_only_reads_the_catalog_and_manages_their_own_account() =>
        Assert.Equal([ReadCatalog, ManageOwnAccount], Allowed(NoRoles()));

    [Fact]
    public void An_agency_officer_without_an_organization_may_neither_open_nor_edit_projects() =>
        Assert.Equal([ReadCatalog, ReadProjects, ManageOwnAccount], Allowed(User(null, null, Role.AgencyOfficer)));

    [Fact]
    public void A_company_member_without_an_organization_may_not_edit_projects() =>
        Assert.Equal([ReadCatalog, ReadProjects, ManageOwnAccount], Allowed(User(null, null, Role.CompanyMember)));

    [Fact]
    public void An_analyst_who_is_also_a_company_member_adds_the_edits_of_the_company_role() =>
        Assert.Equal([ReadCatalog, ReadProjects, EditProjects, ReadAudit, ManageOwnAccount],
            Allowed(User(Company, OrganizationKind.KoreanCompany, Role.Analyst, Role.CompanyMember)));

    [Fact]
    public void A_person_holding_the_admin_scope_is_not_an_administrator_scopes_are_for_clients()
    {
        var user = new Actor(ActorKind.User, "u", "u", new HashSet<Role>(), new HashSet<string>(Scopes.All));

        Assert.False(user.IsAdministrator);
        Assert.Equal([ReadCatalog, ManageOwnAccount], Allowed(user));
    }

    // ---- the caller nobody knows, and the application itself ----

    [Fact]
    public void Anonymous_may_do_nothing()
    {
        Assert.False(Actor.Anonymous.IsAuthenticated);
        Assert.Empty(Allowed(Actor.Anonymous));
    }

    [Fact]
    public void Anonymous_may_do_nothing_even_when_it_claims_a_role_or_scope()
    {
        var anonymous = new Actor(ActorKind.Anonymous, "x", "x", new HashSet<Role> { Role.Administrator }, new HashSet<string> { Scopes.Admin });

        Assert.False(anonymous.IsAdministrator);
        Assert.Empty(Allowed(anonymous));
    }

    [Fact]
    public void The_system_may_do_everything_but_manage_a_personal_account() =>
        Assert.Equal(AllButOwnAccount, Allowed(Actor.System));

    [Theory]
    [InlineData(ActorKind.User, true)]
    [InlineData(ActorKind.Client, true)]
    [InlineData(ActorKind.System, true)]
    [InlineData(ActorKind.Anonymous, false)]
    public void Every_authenticated_caller_reads_the_catalog(ActorKind kind, bool allowed)
    {
        var actor = new Actor(kind, "x", "x", new HashSet<Role>(), new HashSet<string>());

        Assert.Equal(allowed, AccessPolicy.Allows(actor, ReadCatalog));
    }

    // ---- partner systems: scopes, not roles ----

    [Fact]
    public void A_client_without_scopes_only_reads_the_catalog() =>
        Assert.Equal([ReadCatalog], Allowed(UnboundClient()));

    [Fact]
    public void A_client_with_projects_read_reads_projects_and_changes_nothing() =>
        Assert.Equal([ReadCatalog, ReadProjects], Allowed(UnboundClient(Scopes.ProjectsRead)));

    [Fact]
    public void An_unbound_client_with_projects_write_reads_opens_and_edits_projects() =>
        Assert.Equal([ReadCatalog, ReadProjects, CreateProjects, EditProjects], Allowed(UnboundClient(Scopes.ProjectsWrite)));

    [Fact]
    public void A_client_with_catalog_write_changes_reference_data_but_reads_no_projects() =>
        Assert.Equal([ReadCatalog, WriteCatalog], Allowed(UnboundClient(Scopes.CatalogWrite)));

    [Fact]
    public void A_client_with_audit_read_reads_the_audit_trail_only() =>
        Assert.Equal([ReadCatalog, ReadAudit], Allowed(UnboundClient(Scopes.AuditRead)));

    [Fact]
    public void A_client_with_the_admin_scope_may_do_everything_but_manage_a_personal_account()
    {
        var client = UnboundClient(Scopes.Admin);

        Assert.True(client.IsAdministrator);
        Assert.Equal(AllButOwnAccount, Allowed(client));
    }

    [Fact]
    public void A_client_with_every_scope_but_admin_may_not_administer() =>
        Assert.Equal([ReadCatalog, WriteCatalog, ReadProjects, CreateProjects, EditProjects, ReadAudit],
            Allowed(UnboundClient(Scopes.ProjectsRead, Scopes.ProjectsWrite, Scopes.CatalogWrite, Scopes.AuditRead)));

    [Fact]
    public void A_client_given_the_administrator_role_is_not_an_administrator_roles_are_for_people()
    {
        var client = new Actor(ActorKind.Client, "c", "c", new HashSet<Role> { Role.Administrator, Role.AgencyOfficer }, new HashSet<string>());

        Assert.False(client.IsAdministrator);
        Assert.Equal([ReadCatalog], Allowed(client));
    }

    [Fact]
    public void An_agency_bound_client_with_projects_write_opens_and_edits_projects() =>
        Assert.Equal([ReadCatalog, ReadProjects, CreateProjects, EditProjects], Allowed(AgencyClient(Scopes.ProjectsWrite)));

    [Theory]
    [InlineData(OrganizationKind.KoreanCompany)]
    [InlineData(OrganizationKind.ForeignGovernmentBody)]
    [InlineData(OrganizationKind.InternationalOrganization)]
    [InlineData(OrganizationKind.FundingInstitution)]
    public void A_client_bound_to_any_organization_but_an_agency_edits_but_never_opens_projects(OrganizationKind kind) =>
        Assert.Equal([ReadCatalog, ReadProjects, EditProjects], Allowed(Client(Company, kind, Scopes.ProjectsWrite)));

    [Fact]
    public void A_client_bound_to_an_organization_of_unknown_kind_is_treated_as_a_participant_and_opens_no_project() =>
        Assert.Equal([ReadCatalog, ReadProjects, EditProjects], Allowed(Client(Company, null, Scopes.ProjectsWrite)));

    [Fact]
    public void A_company_bound_client_with_the_admin_scope_may_still_do_everything_a_client_can() =>
        Assert.Equal(AllButOwnAccount, Allowed(CompanyClient(Scopes.Admin)));

    [Fact]
    public void Clients_never_manage_a_personal_account()
    {
        Assert.False(AccessPolicy.Allows(UnboundClient(Scopes.ProjectsRead, Scopes.ProjectsWrite, Scopes.CatalogWrite, Scopes.AuditRead), ManageOwnAccount));
        Assert.True(AccessPolicy.Allows(NoRoles(), ManageOwnAccount));
    }

    [Fact]
    public void An_unknown_scope_grants_nothing() =>
        Assert.Equal([ReadCatalog], Allowed(UnboundClient("projects:delete", "PROJECTS:WRITE", "Admin")));
}
