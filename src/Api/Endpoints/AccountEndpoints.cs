using EgovExport.Application.Account.DisableTwoFactor;
using EgovExport.Application.Account.EnableTwoFactor;
using EgovExport.Application.Account.GetMe;
using EgovExport.Application.Account.GetTwoFactorSetup;
using EgovExport.Application.Users.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EgovExport.Api.Endpoints;

/// <summary>/api/v1/me — the caller, and a person's own two-factor settings.</summary>
internal static class AccountEndpoints
{
    public static void MapAccount(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/me").WithTags("Account");
        group.MapGet("/", GetMe).WithName(nameof(GetMe)).WithSummary("Who the token belongs to: roles or scopes, organization, and the permissions they give.");
        group.MapGet("/two-factor", GetTwoFactorSetup).WithName(nameof(GetTwoFactorSetup))
            .WithSummary("The authenticator set-up: shared key and otpauth URI (creates the key on first call).");
        group.MapPost("/two-factor", EnableTwoFactor).WithName(nameof(EnableTwoFactor))
            .WithSummary("Turn two-factor sign-in on with a current code; answers recovery codes, shown once.").ProducesValidationProblem();
        group.MapPost("/two-factor/disable", DisableTwoFactor).WithName(nameof(DisableTwoFactor))
            .WithSummary("Turn two-factor sign-in off with a current code.").ProducesValidationProblem();
    }

    private static async Task<Ok<MeDto>> GetMe(ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMeQuery(), ct));

    private static async Task<Ok<TwoFactorSetup>> GetTwoFactorSetup(ISender sender, HttpResponse response, CancellationToken ct)
    {
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await sender.Send(new GetTwoFactorSetupQuery(), ct));
    }

    private static async Task<Ok<RecoveryCodesDto>> EnableTwoFactor(EnableTwoFactorCommand command, ISender sender, HttpResponse response, CancellationToken ct)
    {
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await sender.Send(command, ct));
    }

    private static async Task<NoContent> DisableTwoFactor(DisableTwoFactorCommand command, ISender sender, CancellationToken ct)
    {
        await sender.Send(command, ct);
        return TypedResults.NoContent();
    }
}
