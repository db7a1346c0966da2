using System.Text.Encodings.Web;
using EgovExport.Infrastructure.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EgovExport.Api.Auth;

/// <summary>
/// The sign-in flow's pages, served by the API itself so the token server can send a browser here:
/// password, then the authenticator code when two-factor sign-in is on, and setting a password from an
/// invitation. Plain HTML forms with antiforgery tokens and no script, fit for the strict CSP.
/// </summary>
internal static class AccountPages
{
    public static void MapAccountPages(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription();
        account.MapGet("/login", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) => LoginPage(http, antiforgery, returnUrl, null, StatusCodes.Status200OK));
        account.MapPost("/login", Login).RequireRateLimiting(AuthSetup.SignInRateLimit);
        account.MapGet("/login/two-factor", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) => TwoFactorPage(http, antiforgery, returnUrl, null, StatusCodes.Status200OK));
        account.MapPost("/login/two-factor", TwoFactor).RequireRateLimiting(AuthSetup.SignInRateLimit);
        account.MapGet("/invitation", (HttpContext http, IAntiforgery antiforgery, string? email, string? token) => InvitationPage(http, antiforgery, email, token, null, StatusCodes.Status200OK));
        account.MapPost("/invitation", AcceptInvitation).RequireRateLimiting(AuthSetup.SignInRateLimit);
        account.MapGet("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.Redirect("/");
        });
        account.MapGet("/site.css", () => Results.Text(Css, "text/css"));
    }

    private static async Task<IResult> Login(
        HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signIn, UserManager<AppUser> users,
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled || string.IsNullOrEmpty(password))
        {
            return LoginPage(http, antiforgery, returnUrl, "The e-mail or password is not right.", StatusCodes.Status401Unauthorized);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(Local(returnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return Results.Redirect($"/account/login/two-factor?returnUrl={UrlEncoder.Default.Encode(Local(returnUrl))}");
        }

        return result.IsLockedOut
            ? LoginPage(http, antiforgery, returnUrl, "Too many failed attempts: this account is locked for a while. Try again later or ask an administrator.", StatusCodes.Status423Locked)
            : LoginPage(http, antiforgery, returnUrl, "The e-mail or password is not right.", StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> TwoFactor(
        HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signIn, [FromForm] string? code, [FromForm] string? returnUrl)
    {
        var entered = (code ?? "").Replace(" ", "").Replace("-", "");
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return LoginPage(http, antiforgery, returnUrl, "Sign in with your password first.", StatusCodes.Status401Unauthorized);
        }

        var result = entered.Length == 6 && entered.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(entered, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(entered);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(Local(returnUrl));
        }

        return result.IsLockedOut
            ? LoginPage(http, antiforgery, returnUrl, "Too many failed attempts: this account is locked for a while.", StatusCodes.Status423Locked)
            : TwoFactorPage(http, antiforgery, returnUrl, "That code is not right. Enter the current code from your authenticator, or a recovery code.", StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> AcceptInvitation(
        HttpContext http, IAntiforgery antiforgery, UserManager<AppUser> users,
        [FromForm] string? email, [FromForm] string? token, [FromForm] string? password)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled || string.IsNullOrEmpty(token) || string.IsNullOrEmpty(password))
        {
            return InvitationPage(http, antiforgery, email, token, "This invitation is not valid. Ask an administrator for a new one.", StatusCodes.Status400BadRequest);
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return InvitationPage(http, antiforgery, email, token, string.Join(" ", result.Errors.Select(e => e.Description)), StatusCodes.Status400BadRequest);
        }

        return Results.Redirect("/account/login?returnUrl=%2F");
    }

    /// <summary>Only a path on this server: never an open redirect.</summary>
    private static string Local(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    private static IResult LoginPage(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error, int status) => Page(http, antiforgery, "Sign in", error, status, $"""
        <form method="post" action="/account/login">
          <label for="email">E-mail</label>
          <input id="email" name="email" type="email" autocomplete="username" required autofocus>
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <input type="hidden" name="returnUrl" value="{Encode(Local(returnUrl))}">
          @@antiforgery@@
          <button type="submit">Sign in</button>
        </form>
        """);

    private static IResult TwoFactorPage(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error, int status) => Page(http, antiforgery, "Two-factor sign-in", error, status, $"""
        <form method="post" action="/account/login/two-factor">
          <label for="code">Code from your authenticator app (or a recovery code)</label>
          <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required autofocus>
          <input type="hidden" name="returnUrl" value="{Encode(Local(returnUrl))}">
          @@antiforgery@@
          <button type="submit">Verify</button>
        </form>
        """);

    private static IResult InvitationPage(HttpContext http, IAntiforgery antiforgery, string? email, string? token, string? error, int status) => Page(http, antiforgery, "Set your password", error, status, $"""
        <form method="post" action="/account/invitation">
          <label for="email">E-mail</label>
          <input id="email" name="email" type="email" autocomplete="username" value="{Encode(email)}" required>
          <label for="password">New password (at least 12 characters, with upper- and lower-case letters and a digit)</label>
          <input id="password" name="password" type="password" autocomplete="new-password" required>
          <input type="hidden" name="token" value="{Encode(token)}">
          @@antiforgery@@
          <button type="submit">Set password</button>
        </form>
        """);

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string title, string? error, int status, string form)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var hidden = $"""<input type="hidden" name="{Encode(tokens.FormFieldName)}" value="{Encode(tokens.RequestToken)}">""";
        var alert = error is null ? "" : $"""<p class="error" role="alert">{Encode(error)}</p>""";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content($"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{Encode(title)} · EgovExport</title>
              <link rel="stylesheet" href="/account/site.css">
            </head>
            <body>
              <main>
                <h1>EgovExport</h1>
                <h2>{Encode(title)}</h2>
                {alert}
                {form.Replace("@@antiforgery@@", hidden)}
              </main>
            </body>
            </html>
            """, "text/html; charset=utf-8", statusCode: status);
    }

    private static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    private const string Css = """
        body { font-family: system-ui, "Noto Sans KR", "NanumGothic", sans-serif; background: #f4f6f9; color: #1b1f24; margin: 0; }
        main { max-width: 24rem; margin: 10vh auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
        h1 { font-size: 1.1rem; color: #0b4f9c; margin: 0 0 .25rem; }
        h2 { font-size: 1.4rem; margin: 0 0 1rem; }
        label { display: block; margin: .75rem 0 .25rem; font-weight: 600; }
        input { width: 100%; box-sizing: border-box; padding: .55rem; border: 1px solid #8a94a3; border-radius: 4px; font-size: 1rem; }
        input:focus, button:focus { outline: 3px solid #7aa7e0; outline-offset: 1px; }
        button { margin-top: 1.25rem; width: 100%; padding: .65rem; border: 0; border-radius: 4px; background: #0b4f9c; color: #fff; font-size: 1rem; cursor: pointer; }
        .error { background: #fdecea; color: #8a1c12; padding: .6rem; border-radius: 4px; }
        """;
}
