using EgovExport.Domain.Catalog;

namespace EgovExport.Domain.Access;

/// <summary>What an actor may do: the table of DOMAIN.md ("Who uses it") in one place.</summary>
public static class AccessPolicy
{
    /// <summary>Whether <paramref name="actor"/> may use a use case that needs <paramref name="permission"/> at all.</summary>
    public static bool Allows(Actor actor, Permission permission)
    {
        if (!actor.IsAuthenticated)
        {
            return false;
        }

        // Two-factor settings and the like belong to a person; an administrator client has none.
        if (permission == Permission.ManageOwnAccount)
        {
            return actor.Kind == ActorKind.User;
        }

        if (actor.IsAdministrator)
        {
            return true;
        }

        return actor.Kind == ActorKind.User ? UserAllows(actor, permission) : ClientAllows(actor, permission);
    }

    /// <summary>The projects <paramref name="actor"/> may read (meaningful once <see cref="Permission.ReadProjects"/> is allowed).</summary>
    public static ProjectScope ReadScope(Actor actor)
    {
        if (actor.IsAdministrator)
        {
            return ProjectScope.All;
        }

        if (actor.Kind == ActorKind.User)
        {
            if (actor.Has(Role.Analyst) || actor.Has(Role.AgencyOfficer))
            {
                return ProjectScope.All;
            }

            return actor.Has(Role.CompanyMember) ? ProjectScope.ParticipantOf(actor.OrganizationId) : ProjectScope.None;
        }

        return actor.Kind == ActorKind.Client ? ClientScope(actor, forEditing: false) : ProjectScope.None;
    }

    /// <summary>The projects <paramref name="actor"/> may change (meaningful once <see cref="Permission.EditProjects"/> is allowed).</summary>
    public static ProjectScope EditScope(Actor actor)
    {
        if (actor.IsAdministrator)
        {
            return ProjectScope.All;
        }

        if (actor.Kind == ActorKind.User)
        {
            var scope = ProjectScope.None;
            if (actor.Has(Role.AgencyOfficer))
            {
                scope = scope.Or(ProjectScope.LedBy(actor.OrganizationId));
            }

            if (actor.Has(Role.CompanyMember))
            {
                scope = scope.Or(ProjectScope.ParticipantOf(actor.OrganizationId));
            }

            return scope;
        }

        return actor.Kind == ActorKind.Client ? ClientScope(actor, forEditing: true) : ProjectScope.None;
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may name <paramref name="leadAgencyId"/> as a project's lead agency:
    /// an agency's officers and clients only their own agency; unrestricted callers any.
    /// </summary>
    public static bool MayLead(Actor actor, Guid leadAgencyId)
    {
        var scope = EditScope(actor);
        return scope.IsAll || scope.LeadAgencyId == leadAgencyId;
    }

    private static bool UserAllows(Actor actor, Permission permission) => permission switch
    {
        Permission.ReadCatalog or Permission.ManageOwnAccount => true,
        Permission.ReadProjects => actor.Roles.Count > 0,
        Permission.CreateProjects => IsOfficer(actor),
        Permission.EditProjects => IsOfficer(actor) || IsCompanyMember(actor),
        Permission.ReadAudit => actor.Has(Role.Analyst),
        _ => false,
    };

    // The organization's kind is checked when the role is given; when the token also carries the kind
    // (ours do), an organization whose kind has changed since no longer confers the role's rights.
    private static bool IsOfficer(Actor actor) =>
        actor.Has(Role.AgencyOfficer) && actor.OrganizationId is not null && (actor.OrganizationKind is null or OrganizationKind.KoreanGovernmentAgency);

    private static bool IsCompanyMember(Actor actor) =>
        actor.Has(Role.CompanyMember) && actor.OrganizationId is not null && (actor.OrganizationKind is null or OrganizationKind.KoreanCompany);

    private static bool ClientAllows(Actor actor, Permission permission) => permission switch
    {
        Permission.ReadCatalog => true,
        Permission.WriteCatalog => actor.HasScope(Scopes.CatalogWrite),
        Permission.ReadProjects => actor.HasScope(Scopes.ProjectsRead) || actor.HasScope(Scopes.ProjectsWrite),
        // A company's system may edit its consortium's projects but, like the company's staff, opens none.
        Permission.CreateProjects => actor.HasScope(Scopes.ProjectsWrite) && !IsParticipantBinding(actor),
        Permission.EditProjects => actor.HasScope(Scopes.ProjectsWrite),
        Permission.ReadAudit => actor.HasScope(Scopes.AuditRead),
        _ => false,
    };

    /// <summary>
    /// A client not bound to an organization acts for the control tower (all projects, within its scopes);
    /// one bound to an agency reads all and edits what its agency leads; one bound to any other
    /// organization reads and edits only the projects that organization takes part in.
    /// </summary>
    private static ProjectScope ClientScope(Actor actor, bool forEditing)
    {
        if (actor.OrganizationId is null)
        {
            return ProjectScope.All;
        }

        if (actor.OrganizationKind == OrganizationKind.KoreanGovernmentAgency)
        {
            return forEditing ? ProjectScope.LedBy(actor.OrganizationId) : ProjectScope.All;
        }

        return ProjectScope.ParticipantOf(actor.OrganizationId);
    }

    private static bool IsParticipantBinding(Actor actor) =>
        actor.OrganizationId is not null && actor.OrganizationKind != OrganizationKind.KoreanGovernmentAgency;
}
