using System.Diagnostics;
using System.Security.Claims;
using EgovExport.Api.Auth;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using EgovExport.Infrastructure.Identity;

namespace EgovExport.Api.Http;

/// <summary>
/// The caller as the request's token identifies it. Our own tokens say whether they were issued to a
/// user or a client; an external provider's tokens are a user's when their role claim maps to one of
/// our roles and a client's (rights by scope) otherwise. Outside a request (start-up) it is the system.
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

        var id = user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown";
        var roles = Roles(user);
        var scopes = user.FindAll("oi_scp").Select(c => c.Value)
            .Concat(user.FindAll("scope").Concat(user.FindAll("scp")).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.Ordinal);
        var organization = Guid.TryParse(user.FindFirst(EgovClaims.Organization)?.Value, out var org) ? org : (Guid?)null;
        var organizationKind = Enum.TryParse<OrganizationKind>(user.FindFirst(EgovClaims.OrganizationKind)?.Value, out var kind) ? kind : (OrganizationKind?)null;
        var isClient = user.FindFirst(EgovClaims.ActorKind)?.Value switch
        {
            EgovClaims.ClientKind => true,
            EgovClaims.UserKind => false,
            _ => roles.Count == 0,
        };

        return isClient
            ? new Actor(ActorKind.Client, id, id, new HashSet<Role>(), scopes, organization, organizationKind)
            : new Actor(ActorKind.User, id, user.FindFirst("email")?.Value ?? user.FindFirst(options.External.NameClaim)?.Value ?? id, roles, new HashSet<string>(), organization);
    }

    /// <summary>Our role names, or in External mode the provider's values given in <c>Auth:External:Roles</c>.</summary>
    private HashSet<Role> Roles(ClaimsPrincipal user)
    {
        var values = user.FindAll("role").Concat(user.FindAll(options.External.RoleClaim)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var roles = new HashSet<Role>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var expected = options.Mode == AuthMode.External && options.External.Roles.TryGetValue(role.ToString(), out var mapped) ? mapped : role.ToString();
            if (values.Contains(expected))
            {
                roles.Add(role);
            }
        }

        return roles;
    }
}
