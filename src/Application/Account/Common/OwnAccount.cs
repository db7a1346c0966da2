using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Domain.Access;
using FluentValidation;

namespace EgovExport.Application.Account.Common;

internal static class OwnAccount
{
    public static Guid Id(ICurrentUser currentUser) =>
        currentUser.Actor.Kind == ActorKind.User && Guid.TryParse(currentUser.Actor.Id, out var id)
            ? id
            : throw new ForbiddenAccessException("Only a person's account has two-factor settings; this caller is not one of our users.");

    /// <summary>A code as an authenticator shows it: 6 digits (8 for a recovery code), spaces allowed.</summary>
    public static IRuleBuilderOptions<T, string?> AuthenticatorCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Matches("^[0-9 ]{6,8}$").WithMessage("must be the 6-digit code from the authenticator.");

    /// <summary>The code without the spaces an authenticator shows between its groups of digits.</summary>
    public static string WithoutSpaces(string? code) => code!.Replace(" ", "");
}
