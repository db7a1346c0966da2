using EgovExport.Application.ApiClients.Common;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.ApiClients.CreateApiClient;

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
