using System.Security.Cryptography;
using System.Text.Json;
using EgovExport.Application.ApiClients.Common;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Paging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EgovExport.Infrastructure.Identity;

/// <summary>
/// Partner clients as OpenIddict applications: confidential, client-credentials only, one scope
/// permission per granted scope. OpenIddict keeps only a hash of the secret. Our own public clients
/// (the SPA, Swagger UI) are applications too, but are not listed or managed here.
/// </summary>
internal sealed class ApiClientRegistry(IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, IClock clock) : IApiClientRegistry
{
    public const string KindProperty = ClientProperties.Kind;
    public const string PartnerKind = "partner";
    public const string OrganizationProperty = ClientProperties.Organization;
    public const string SourceProperty = "provisioned_by";
    public const string CreatedProperty = "created_at";

    public async Task<PagedResult<ApiClientDto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var all = new List<ApiClientDto>();
        await foreach (var application in applications.ListAsync(null, null, cancellationToken))
        {
            if (await DescribeAsync(application, cancellationToken) is { } client)
            {
                all.Add(client);
            }
        }

        var ordered = all.OrderBy(c => c.ClientId, StringComparer.Ordinal).ToList();
        return new PagedResult<ApiClientDto>(ordered.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, ordered.Count);
    }

    public async Task<ApiClientDto?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application ? await DescribeAsync(application, cancellationToken) : null;

    public async Task<ApiClientWithSecretDto> CreateAsync(string clientId, string displayName, IReadOnlyList<string> scopes, Guid? organizationId, CancellationToken cancellationToken)
    {
        var secret = NewSecret();
        await applications.CreateAsync(Describe(clientId, secret, displayName, scopes, organizationId, "api", clock.Now.UtcNow), cancellationToken);
        return new ApiClientWithSecretDto((await FindAsync(clientId, cancellationToken))!, secret);
    }

    public async Task<ApiClientWithSecretDto> RotateSecretAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken) ?? throw new NotFoundException("API client", clientId);
        var secret = NewSecret();
        await applications.UpdateAsync(application, secret, cancellationToken);
        return new ApiClientWithSecretDto((await DescribeAsync(application, cancellationToken))!, secret);
    }

    public async Task RevokeAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken) ?? throw new NotFoundException("API client", clientId);
        var id = await applications.GetIdAsync(application, cancellationToken);
        await tokens.RevokeByApplicationIdAsync(id!, cancellationToken);
        await applications.DeleteAsync(application, cancellationToken);
    }

    /// <summary>Creates or updates a client from the configuration (secret included: the configuration owns it).</summary>
    public async Task ProvisionAsync(ClientOptions options, CancellationToken cancellationToken)
    {
        var scopes = options.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var descriptor = Describe(options.ClientId, options.ClientSecret, options.DisplayName ?? options.ClientId, scopes, options.OrganizationId, "configuration", clock.Now.UtcNow);
        if (await applications.FindByClientIdAsync(options.ClientId, cancellationToken) is { } existing)
        {
            var stored = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(stored, existing, cancellationToken);
            if (stored.Properties.TryGetValue(CreatedProperty, out var created))
            {
                descriptor.Properties[CreatedProperty] = created;
            }

            // The same secret as before: keep its stored hash, so a restart does not rotate it.
            if (await applications.ValidateClientSecretAsync(existing, options.ClientSecret, cancellationToken))
            {
                descriptor.ClientSecret = stored.ClientSecret;
            }

            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor Describe(
        string clientId, string secret, string displayName, IEnumerable<string> scopes, Guid? organizationId, string source, DateTime createdAt)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            DisplayName = displayName,
            ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in scopes.Distinct())
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[KindProperty] = JsonSerializer.SerializeToElement(PartnerKind);
        descriptor.Properties[SourceProperty] = JsonSerializer.SerializeToElement(source);
        descriptor.Properties[CreatedProperty] = JsonSerializer.SerializeToElement(createdAt);
        if (organizationId is { } organization)
        {
            descriptor.Properties[OrganizationProperty] = JsonSerializer.SerializeToElement(organization);
        }

        return descriptor;
    }

    private async Task<ApiClientDto?> DescribeAsync(object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        if (!properties.TryGetValue(KindProperty, out var kind) || kind.GetString() != PartnerKind)
        {
            return null;
        }

        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        return new ApiClientDto(
            (await applications.GetClientIdAsync(application, cancellationToken))!,
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
            permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..]).Order().ToList(),
            ClientProperties.OrganizationOf(properties),
            properties.TryGetValue(SourceProperty, out var source) && source.GetString() == "configuration",
            properties.TryGetValue(CreatedProperty, out var created) && created.ValueKind == JsonValueKind.String ? created.GetDateTime() : null);
    }


    /// <summary>256 random bits, URL-safe.</summary>
    private static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>What we keep in an OpenIddict application's properties.</summary>
public static class ClientProperties
{
    public const string Kind = "egov_kind";
    public const string Organization = "organization_id";

    /// <summary>The organization a partner client is bound to, if any.</summary>
    public static Guid? OrganizationOf(IReadOnlyDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(Organization, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetGuid(out var id) ? id : null;
}
