using System.Diagnostics;
using System.Security.Claims;
using EgovExport.Api.Auth;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using EgovExport.Infrastructure.Identity;

namespace EgovExport.Api.Http;

/// <summary>
/// The caller as the request's token identifies it. Our own tokens (Local mode) say whether they were
/// issued to a user or a client, and carry our role names and the organization with its kind. An
/// external provider's tokens (External mode) are read only through the configured claims: a role
/// counts only when <c>Auth:External:Roles</c> maps it, and a token with no mapped role is a client whose
/// rights are its scopes. Our internal claims are never trusted from an external token. Outside a
/// request (start-up) the caller is the system.
/// </summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, AuthOptions options) : ICurrentUser
{
    private Actor? _actor;

    public Actor Actor => _actor ??= Read(accessor.HttpContext);

    public string? RequestId => accessor.HttpContext is { } http ? Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier : null;

    private Actor Read(HttpContext? http)
    {
        if (http is null)
        {
            return Actor.System;
        }

        var user = http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return Actor.Anonymous;
        }

        var local = options.Mode == AuthMode.Local;
        var id = user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown";
        var roles = local ? LocalRoles(user) : MappedRoles(user);
        var scopes = user.FindAll("oi_scp").Select(c => c.Value)
            .Concat(user.FindAll("scope").Concat(user.FindAll("scp")).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.Ordinal);
        var organizationClaim = local ? EgovClaims.Organization : options.External.OrganizationClaim;
        var organization = Guid.TryParse(user.FindFirst(organizationClaim)?.Value, out var org) ? org : (Guid?)null;
        var organizationKind = local && Enum.TryParse<OrganizationKind>(user.FindFirst(EgovClaims.OrganizationKind)?.Value, out var kind) ? kind : (OrganizationKind?)null;
        var isClient = local ? user.FindFirst(EgovClaims.ActorKind)?.Value == EgovClaims.ClientKind : roles.Count == 0;

        if (isClient)
        {
            return new Actor(ActorKind.Client, id, id, new HashSet<Role>(), scopes, organization, organizationKind);
        }

        var name = local
            ? user.FindFirst("email")?.Value
            : user.FindFirst(options.External.NameClaim)?.Value ?? user.FindFirst("email")?.Value;
        return new Actor(ActorKind.User, id, name ?? id, roles, new HashSet<string>(), organization, organizationKind);
    }

    private static HashSet<Role> LocalRoles(ClaimsPrincipal user) =>
        user.FindAll("role").Select(c => Enum.TryParse<Role>(c.Value, out var role) ? role : (Role?)null).OfType<Role>().ToHashSet();

    /// <summary>Only the provider's values that <c>Auth:External:Roles</c> maps count; an unmapped role gives nothing.</summary>
    private HashSet<Role> MappedRoles(ClaimsPrincipal user)
    {
        var values = user.FindAll(options.External.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var roles = new HashSet<Role>();
        foreach (var (ours, theirs) in options.External.Roles)
        {
            if (Enum.TryParse<Role>(ours, ignoreCase: true, out var role) && !string.IsNullOrEmpty(theirs) && values.Contains(theirs))
            {
                roles.Add(role);
            }
        }

        return roles;
    }
}
