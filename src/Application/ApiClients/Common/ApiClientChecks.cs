using EgovExport.Application.Common.Exceptions;

namespace EgovExport.Application.ApiClients.Common;

internal static class ApiClientChecks
{
    /// <summary>A client from configuration is re-created at every start: change it in the configuration instead.</summary>
    public static async Task ManagedThroughApiAsync(IApiClientRegistry registry, string clientId, CancellationToken cancellationToken)
    {
        var client = await registry.FindAsync(clientId, cancellationToken) ?? throw new NotFoundException("API client", clientId);
        if (client.ProvisionedByConfiguration)
        {
            throw new Domain.Common.BusinessRuleViolationException(new ConfiguredClientsAreManagedInConfiguration(clientId));
        }
    }
}

/// <summary>Clients provisioned from <c>Auth:Clients</c> are changed in the configuration, not through the API.</summary>
public sealed class ConfiguredClientsAreManagedInConfiguration(string clientId) : Domain.Common.IBusinessRule
{
    public string Message => $"API client '{clientId}' comes from the configuration (Auth:Clients) and is re-created at every start; change or remove it there.";

    public bool IsBroken() => true;
}
