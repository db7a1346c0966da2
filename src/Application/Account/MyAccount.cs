using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Users;
using EgovExport.Domain.Access;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Account;

/// <summary>
/// The caller as the API sees it: a user's roles and organization or a client's scopes, and what each
/// permission allows — what a client (the SPA) shows and hides. <c>Name</c> is what the audit trail
/// records (a user's e-mail, a client's id); <c>DisplayName</c> is the name to greet them by.
/// </summary>
public sealed record MeDto(
    ActorKind Kind,
    string Id,
    string Name,
    string DisplayName,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<string> Scopes,
    Guid? OrganizationId,
    IReadOnlyList<Permission> Permissions,
    bool? TwoFactorEnabled);

[Requires(Permission.ReadCatalog)]
public sealed record GetMeQuery : IQuery<MeDto>;

public sealed class GetMeHandler(ICurrentUser currentUser, IUserDirectory directory) : IQueryHandler<GetMeQuery, MeDto>
{
    public async ValueTask<MeDto> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        var user = actor.Kind == ActorKind.User && Guid.TryParse(actor.Id, out var id) ? await directory.FindAsync(id, cancellationToken) : null;
        return new MeDto(
            actor.Kind, actor.Id, actor.Name, user?.DisplayName ?? actor.Name, actor.Roles.Order().ToList(), actor.Scopes.Order().ToList(), actor.OrganizationId,
            Enum.GetValues<Permission>().Where(p => AccessPolicy.Allows(actor, p)).ToList(), user?.TwoFactorEnabled);
    }
}

/// <summary>The caller's authenticator set-up: the shared key and an <c>otpauth://</c> URI for a QR code.</summary>
[Requires(Permission.ManageOwnAccount)]
public sealed record GetTwoFactorSetupQuery : IQuery<TwoFactorSetup>;

public sealed class GetTwoFactorSetupHandler(ICurrentUser currentUser, IUserDirectory directory) : IQueryHandler<GetTwoFactorSetupQuery, TwoFactorSetup>
{
    public async ValueTask<TwoFactorSetup> Handle(GetTwoFactorSetupQuery query, CancellationToken cancellationToken) =>
        await directory.GetTwoFactorSetupAsync(OwnAccount.Id(currentUser), cancellationToken);
}

/// <summary>Turns two-factor sign-in on with a current code from the authenticator; answers recovery codes, shown once.</summary>
[Requires(Permission.ManageOwnAccount)]
public sealed record EnableTwoFactorCommand(string? Code) : ICommand<RecoveryCodesDto>;

public sealed record RecoveryCodesDto(IReadOnlyList<string> RecoveryCodes);

/// <summary>Turns two-factor sign-in off; needs a current code from the authenticator.</summary>
[Requires(Permission.ManageOwnAccount)]
public sealed record DisableTwoFactorCommand(string? Code) : ICommand;

public sealed class TwoFactorCodeValidator : AbstractValidator<EnableTwoFactorCommand>
{
    public TwoFactorCodeValidator() => RuleFor(x => x.Code).NotEmpty().Matches("^[0-9 ]{6,8}$").WithMessage("must be the 6-digit code from the authenticator.");
}

public sealed class DisableTwoFactorValidator : AbstractValidator<DisableTwoFactorCommand>
{
    public DisableTwoFactorValidator() => RuleFor(x => x.Code).NotEmpty().Matches("^[0-9 ]{6,8}$").WithMessage("must be the 6-digit code from the authenticator.");
}

public sealed class EnableTwoFactorHandler(ICurrentUser currentUser, IUserDirectory directory) : ICommandHandler<EnableTwoFactorCommand, RecoveryCodesDto>
{
    public async ValueTask<RecoveryCodesDto> Handle(EnableTwoFactorCommand command, CancellationToken cancellationToken) =>
        new(await directory.EnableTwoFactorAsync(OwnAccount.Id(currentUser), command.Code!.Replace(" ", ""), cancellationToken));
}

public sealed class DisableTwoFactorHandler(ICurrentUser currentUser, IUserDirectory directory) : ICommandHandler<DisableTwoFactorCommand>
{
    public async ValueTask<Unit> Handle(DisableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        await directory.DisableTwoFactorAsync(OwnAccount.Id(currentUser), command.Code!.Replace(" ", ""), cancellationToken);
        return Unit.Value;
    }
}

internal static class OwnAccount
{
    public static Guid Id(ICurrentUser currentUser) =>
        currentUser.Actor.Kind == ActorKind.User && Guid.TryParse(currentUser.Actor.Id, out var id)
            ? id
            : throw new ForbiddenAccessException("Only a person's account has two-factor settings; this caller is not one of our users.");
}
