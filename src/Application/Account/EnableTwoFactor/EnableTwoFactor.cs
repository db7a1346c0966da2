using EgovExport.Application.Account.Common;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Users.Common;
using EgovExport.Domain.Access;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Account.EnableTwoFactor;

/// <summary>Turns two-factor sign-in on with a current code from the authenticator; answers recovery codes, shown once.</summary>
[Requires(Permission.ManageOwnAccount)]
public sealed record EnableTwoFactorCommand(string? Code) : ICommand<RecoveryCodesDto>;

public sealed record RecoveryCodesDto(IReadOnlyList<string> RecoveryCodes);

public sealed class EnableTwoFactorValidator : AbstractValidator<EnableTwoFactorCommand>
{
    public EnableTwoFactorValidator() => RuleFor(x => x.Code).AuthenticatorCode();
}

public sealed class EnableTwoFactorHandler(ICurrentUser currentUser, IUserDirectory directory) : ICommandHandler<EnableTwoFactorCommand, RecoveryCodesDto>
{
    public async ValueTask<RecoveryCodesDto> Handle(EnableTwoFactorCommand command, CancellationToken cancellationToken) =>
        new(await directory.EnableTwoFactorAsync(OwnAccount.Id(currentUser), OwnAccount.WithoutSpaces(command.Code), cancellationToken));
}
