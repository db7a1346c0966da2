using EgovExport.Application.Account.Common;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Users.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Account.GetTwoFactorSetup;

/// <summary>The caller's authenticator set-up: the shared key and an <c>otpauth://</c> URI for a QR code.</summary>
[Requires(Permission.ManageOwnAccount)]
public sealed record GetTwoFactorSetupQuery : IQuery<TwoFactorSetup>;

public sealed class GetTwoFactorSetupHandler(ICurrentUser currentUser, IUserDirectory directory) : IQueryHandler<GetTwoFactorSetupQuery, TwoFactorSetup>
{
    public async ValueTask<TwoFactorSetup> Handle(GetTwoFactorSetupQuery query, CancellationToken cancellationToken) =>
        await directory.GetTwoFactorSetupAsync(OwnAccount.Id(currentUser), cancellationToken);
}
