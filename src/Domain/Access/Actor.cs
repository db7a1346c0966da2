using EgovExport.Domain.Catalog;

namespace EgovExport.Domain.Access;

public enum ActorKind
{
    Anonymous,

    /// <summary>A person signed in through the sign-in flow (or an external identity provider).</summary>
    User,

    /// <summary>A partner system with the client-credentials grant; its scopes decide what it may do.</summary>
    Client,

    /// <summary>The application itself (start-up seeding).</summary>
    System,
}

/// <summary>
/// Who is acting: a user with roles, or a client with scopes, either possibly bound to an organization.
/// Every access decision is taken from this and the record's facts by <see cref="AccessPolicy"/>.
/// </summary>
public sealed record Actor(
    ActorKind Kind,
    string Id,
    string Name,
    IReadOnlySet<Role> Roles,
    IReadOnlySet<string> Scopes,
    Guid? OrganizationId = null,
    OrganizationKind? OrganizationKind = null)
{
    public static readonly Actor Anonymous = new(ActorKind.Anonymous, "anonymous", "anonymous", new HashSet<Role>(), new HashSet<string>());

    public static readonly Actor System = new(ActorKind.System, "system", "system", new HashSet<Role>(), new HashSet<string>());

    public bool IsAuthenticated => Kind is ActorKind.User or ActorKind.Client or ActorKind.System;

    public bool Has(Role role) => Roles.Contains(role);

    public bool HasScope(string scope) => Scopes.Contains(scope);

    /// <summary>Administrators, clients with the <c>admin</c> scope, and the system itself.</summary>
    public bool IsAdministrator => Kind switch
    {
        ActorKind.User => Has(Role.Administrator),
        ActorKind.Client => HasScope(Access.Scopes.Admin),
        ActorKind.System => true,
        _ => false,
    };
}
