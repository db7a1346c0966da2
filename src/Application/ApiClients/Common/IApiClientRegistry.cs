using EgovExport.Application.Common.Paging;

namespace EgovExport.Application.ApiClients.Common;

/// <summary>A partner system's client: it gets tokens with the client-credentials grant; its scopes decide what it may do.</summary>
public sealed record ApiClientDto(
    string ClientId,
    string DisplayName,
    IReadOnlyList<string> Scopes,
    Guid? OrganizationId,
    bool ProvisionedByConfiguration,
    DateTime? CreatedAt);

/// <summary>A client with its secret: the only answer that ever shows the secret. Store it now.</summary>
public sealed record ApiClientWithSecretDto(ApiClientDto Client, string ClientSecret);

/// <summary>The registered clients (implemented over OpenIddict's application store). Secrets are kept hashed.</summary>
public interface IApiClientRegistry
{
    Task<PagedResult<ApiClientDto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken);

    Task<ApiClientDto?> FindAsync(string clientId, CancellationToken cancellationToken);

    /// <returns>The client and its generated secret.</returns>
    Task<ApiClientWithSecretDto> CreateAsync(string clientId, string displayName, IReadOnlyList<string> scopes, Guid? organizationId, CancellationToken cancellationToken);

    Task<ApiClientWithSecretDto> RotateSecretAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>Deletes the client and revokes every token issued to it.</summary>
    Task RevokeAsync(string clientId, CancellationToken cancellationToken);
}
