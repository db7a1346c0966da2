using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.ApiClients;

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

[Requires(Permission.Administer)]
public sealed record ListApiClientsQuery(int Page = 1, int PageSize = PagingLimits.DefaultPageSize) : IQuery<PagedResult<ApiClientDto>>;

public sealed class ListApiClientsValidator : AbstractValidator<ListApiClientsQuery>
{
    public ListApiClientsValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PagingLimits.MaxPageSize);
    }
}

public sealed class ListApiClientsHandler(IApiClientRegistry registry) : IQueryHandler<ListApiClientsQuery, PagedResult<ApiClientDto>>
{
    public async ValueTask<PagedResult<ApiClientDto>> Handle(ListApiClientsQuery query, CancellationToken cancellationToken) =>
        await registry.ListAsync(query.Page, query.PageSize, cancellationToken);
}

[Requires(Permission.Administer)]
public sealed record GetApiClientQuery(string ClientId) : IQuery<ApiClientDto>;

public sealed class GetApiClientHandler(IApiClientRegistry registry) : IQueryHandler<GetApiClientQuery, ApiClientDto>
{
    public async ValueTask<ApiClientDto> Handle(GetApiClientQuery query, CancellationToken cancellationToken) =>
        await registry.FindAsync(query.ClientId, cancellationToken) ?? throw new NotFoundException("API client", query.ClientId);
}

/// <summary>Registers a partner system. The answer shows the client secret once; only its hash is kept.</summary>
[Requires(Permission.Administer)]
public sealed record CreateApiClientCommand(string? ClientId, string? DisplayName, IReadOnlyList<string>? Scopes, Guid? OrganizationId = null)
    : ICommand<ApiClientWithSecretDto>;

public sealed class CreateApiClientValidator : AbstractValidator<CreateApiClientCommand>
{
    public CreateApiClientValidator(IReadStore store)
    {
        RuleFor(x => x.ClientId).NotEmpty().MaximumLength(100).Matches("^[a-z0-9][a-z0-9._-]*$")
            .WithMessage("use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit.");
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Scopes).NotEmpty();
        RuleForEach(x => x.Scopes).Must(s => Scopes.All.Contains(s)).WithMessage($"must be one of {string.Join(", ", Scopes.All)}.");
        RuleFor(x => x.OrganizationId)
            .MustAsync(async (id, ct) => await store.AnyAsync(store.Organizations.Where(o => o.Id == id), ct))
            .When(x => x.OrganizationId is not null)
            .WithMessage("is not a known organization.");
    }
}

public sealed class CreateApiClientHandler(IApiClientRegistry registry) : ICommandHandler<CreateApiClientCommand, ApiClientWithSecretDto>
{
    public async ValueTask<ApiClientWithSecretDto> Handle(CreateApiClientCommand command, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(command.ClientId!, cancellationToken) is not null)
        {
            throw new DuplicateKeyException($"An API client '{command.ClientId}' already exists.");
        }

        return await registry.CreateAsync(command.ClientId!, command.DisplayName!.Trim(), command.Scopes!.Distinct().ToList(), command.OrganizationId, cancellationToken);
    }
}

/// <summary>Issues a new secret; the old one stops working at once. The answer shows the new secret once.</summary>
[Requires(Permission.Administer)]
public sealed record RotateApiClientSecretCommand(string ClientId) : ICommand<ApiClientWithSecretDto>;

public sealed class RotateApiClientSecretHandler(IApiClientRegistry registry) : ICommandHandler<RotateApiClientSecretCommand, ApiClientWithSecretDto>
{
    public async ValueTask<ApiClientWithSecretDto> Handle(RotateApiClientSecretCommand command, CancellationToken cancellationToken)
    {
        await ApiClientChecks.ManagedThroughApiAsync(registry, command.ClientId, cancellationToken);
        return await registry.RotateSecretAsync(command.ClientId, cancellationToken);
    }
}

/// <summary>Removes a client and revokes its tokens; it can no longer get new ones.</summary>
[Requires(Permission.Administer)]
public sealed record RevokeApiClientCommand(string ClientId) : ICommand;

public sealed class RevokeApiClientHandler(IApiClientRegistry registry) : ICommandHandler<RevokeApiClientCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiClientCommand command, CancellationToken cancellationToken)
    {
        await ApiClientChecks.ManagedThroughApiAsync(registry, command.ClientId, cancellationToken);
        await registry.RevokeAsync(command.ClientId, cancellationToken);
        return Unit.Value;
    }
}

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
