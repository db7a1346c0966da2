using System.Security.Cryptography;
using System.Text.Json;
using EgovExport.Domain.Access;
using EgovExport.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EgovExport.Infrastructure.Identity;

/// <summary>
/// What the first and every later start sets up: the first administrator (once), the partner clients
/// of the configuration, and our own public clients (the SPA and Swagger UI) with the redirect URIs of
/// the configured origins.
/// </summary>
internal sealed partial class IdentityBootstrapper(
    AuthOptions options,
    UserManager<AppUser> users,
    EgovExportDbContext db,
    IOpenIddictApplicationManager applications,
    ApiClientRegistry clients,
    ILogger<IdentityBootstrapper> logger)
{
    public const string SpaClientId = FirstPartyClients.Spa;
    public const string SwaggerClientId = FirstPartyClients.Swagger;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await EnsureAdministratorAsync(cancellationToken);
        foreach (var client in options.Clients)
        {
            Validate(client);
            await clients.ProvisionAsync(client, cancellationToken);
            LogClient(client.ClientId, client.Scopes);
        }

        await EnsurePublicClientAsync(SpaClientId, "EgovExport web app", "/auth/callback", cancellationToken);
        await EnsurePublicClientAsync(SwaggerClientId, "Swagger UI", "/swagger/oauth2-redirect.html", cancellationToken);
    }

    private async Task EnsureAdministratorAsync(CancellationToken cancellationToken)
    {
        var administrator = Role.Administrator.ToString();
        if (await db.Users.AnyAsync(u => u.Roles.Contains(administrator), cancellationToken))
        {
            return;
        }

        var generated = string.IsNullOrEmpty(options.Admin.Password);
        var password = generated ? GeneratePassword() : options.Admin.Password!;
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = options.Admin.Email,
            Email = options.Admin.Email,
            EmailConfirmed = true,
            DisplayName = "Administrator",
            Roles = [administrator],
            CreatedAt = DateTime.UtcNow,
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The first administrator ({options.Admin.Email}) could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))} Check Auth:Admin:Email and Auth:Admin:Password.");
        }

        if (generated)
        {
            // Printed once, to the console only (never to the log sinks): the only copy of the password.
            Console.WriteLine();
            Console.WriteLine("  First administrator created. Sign in and change the password; it is shown only this once:");
            Console.WriteLine($"    e-mail:   {user.Email}");
            Console.WriteLine($"    password: {password}");
            Console.WriteLine();
        }

        LogAdministrator(user.Email, generated ? "a generated password, printed to the console" : "the configured password");
    }

    private async Task EnsurePublicClientAsync(string clientId, string displayName, string callbackPath, CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = displayName,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        descriptor.Properties[ApiClientRegistry.KindProperty] = JsonSerializer.SerializeToElement("first-party");
        foreach (var origin in options.PublicOrigins.Select(o => o.TrimEnd('/')).Distinct())
        {
            descriptor.RedirectUris.Add(new Uri(origin + callbackPath));
            descriptor.PostLogoutRedirectUris.Add(new Uri(origin + "/"));
        }

        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }

    private static void Validate(ClientOptions client)
    {
        if (string.IsNullOrWhiteSpace(client.ClientId) || string.IsNullOrWhiteSpace(client.ClientSecret))
        {
            throw new InvalidOperationException("Every Auth:Clients entry needs a ClientId and a ClientSecret.");
        }

        if (client.ClientSecret.Length < 16)
        {
            throw new InvalidOperationException($"Auth:Clients '{client.ClientId}': the ClientSecret must be at least 16 characters.");
        }

        var unknown = client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(s => !Domain.Access.Scopes.All.Contains(s)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Auth:Clients '{client.ClientId}': unknown scope(s) {string.Join(", ", unknown)}; use {string.Join(", ", Domain.Access.Scopes.All)}.");
        }
    }

    /// <summary>20 characters from upper, lower, digits and symbols; always one of each.</summary>
    private static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789", symbols = "!#%+-=?@^_";
        var all = upper + lower + digits + symbols;
        var chars = new List<char> { Pick(upper), Pick(lower), Pick(digits), Pick(symbols) };
        while (chars.Count < 20)
        {
            chars.Add(Pick(all));
        }

        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());

        static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Administrator {Email} created with {PasswordSource}")]
    private partial void LogAdministrator(string? email, string passwordSource);

    [LoggerMessage(Level = LogLevel.Information, Message = "API client {ClientId} provisioned from configuration with scopes {Scopes}")]
    private partial void LogClient(string clientId, string scopes);
}

/// <summary>The client ids of our own public clients (authorization code + PKCE).</summary>
public static class FirstPartyClients
{
    public const string Spa = "egovexport-spa";
    public const string Swagger = "egovexport-swagger";
}
