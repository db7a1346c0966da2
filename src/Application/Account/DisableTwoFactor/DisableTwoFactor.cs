using EgovExport.Application.Account.Common;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Users.Common;
using EgovExport.Domain.Access;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Account.DisableTwoFactor;

/// <summary>Turns two-factor sign-in off; needs a current code from the authenticator.</summary>
[Requires(Permission.ManageOwnAccount)]
public sealed record DisableTwoFactorCommand(string? Code) : ICommand;

public sealed class DisableTwoFactorValidator : AbstractValidator<DisableTwoFactorCommand>
{
    public DisableTwoFactorValidator() => RuleFor(x => x.Code).AuthenticatorCode();
}

public sealed class DisableTwoFactorHandler(ICurrentUser currentUser, IUserDirectory directory) : ICommandHandler<DisableTwoFactorCommand>
{
    public async ValueTask<Unit> Handle(DisableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        await directory.DisableTwoFactorAsync(OwnAccount.Id(currentUser), OwnAccount.WithoutSpaces(command.Code), cancellationToken);
        return Unit.Value;
    }
}
