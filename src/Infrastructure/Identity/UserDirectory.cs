using System.Linq.Expressions;
using System.Text.Encodings.Web;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Concurrency;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Users.Common;
using EgovExport.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EgovExport.Infrastructure.Identity;

/// <summary><see cref="IUserDirectory"/> over ASP.NET Core Identity's user manager.</summary>
internal sealed class UserDirectory(UserManager<AppUser> users, EgovExportDbContext db, IClock clock, IPersonNames names) : IUserDirectory
{
    private const string Issuer = "EgovExport";

    private static readonly Expression<Func<AppUser, UserDto>> Projection = u => new UserDto
    {
        Id = u.Id,
        Email = u.Email!,
        DisplayName = u.DisplayName,
        Roles = u.Roles,
        OrganizationId = u.OrganizationId,
        IsDisabled = u.IsDisabled,
        TwoFactorEnabled = u.TwoFactorEnabled,
        LockedOutUntil = u.LockoutEnd,
        CreatedAt = u.CreatedAt,
        Version = u.Version,
    };

    private static readonly Func<AppUser, UserDto> ToDto = Projection.Compile();

    public IQueryable<UserDto> Users => db.Users.AsNoTracking().Select(Projection);

    public async Task<UserDto?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public async Task<CreatedUser> CreateAsync(string email, string? password, UserChanges changes, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new DuplicateKeyException($"A user with the e-mail '{email}' already exists.");
        }

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(clock.Now.UtcNow),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            CreatedAt = clock.Now.UtcNow,
            LockoutEnabled = true,
        };
        Apply(user, changes);

        // With a password, Identity checks it against the policy before it writes anything; a weak one
        // comes back as Password* errors, which Check reports on the "password" field.
        Check(await (password is null ? users.CreateAsync(user) : users.CreateAsync(user, password)));
        var invitation = password is null ? await users.GeneratePasswordResetTokenAsync(user) : null;
        return new CreatedUser(ToDto(user), invitation);
    }

    public async Task<UserDto> UpdateAsync(Guid id, long expectedVersion, UserChanges changes, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(id, expectedVersion);
        Apply(user, changes);
        var saved = await SaveAsync(user, refreshTokens: true);
        names.Forget(id.ToString());
        return saved;
    }

    public async Task<UserDto> SetDisabledAsync(Guid id, long expectedVersion, bool disabled, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(id, expectedVersion);
        user.IsDisabled = disabled;
        return await SaveAsync(user, refreshTokens: true);
    }

    public async Task<UserDto> UnlockAsync(Guid id, long expectedVersion, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(id, expectedVersion);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        return await SaveAsync(user, refreshTokens: false);
    }

    public async Task<TwoFactorSetup> GetTwoFactorSetupAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var uri = $"otpauth://totp/{UrlEncoder.Default.Encode(Issuer)}:{UrlEncoder.Default.Encode(user.Email!)}?secret={key}&issuer={UrlEncoder.Default.Encode(Issuer)}&digits=6";
        return new TwoFactorSetup(user.TwoFactorEnabled, key!, uri);
    }

    public async Task<IReadOnlyList<string>> EnableTwoFactorAsync(Guid id, string code, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            throw RequestValidationException.For("code", "ask for the two-factor set-up first, and add its key to your authenticator.");
        }

        await VerifyCodeAsync(user, code);
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
    }

    public async Task DisableTwoFactorAsync(Guid id, string code, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
        await VerifyCodeAsync(user, code);
        Check(await users.SetTwoFactorEnabledAsync(user, false));
        Check(await users.ResetAuthenticatorKeyAsync(user));
    }

    private async Task VerifyCodeAsync(AppUser user, string code)
    {
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            throw RequestValidationException.For("code", "is not the authenticator's current code.");
        }
    }

    private async Task<AppUser> LoadAsync(Guid id, long expectedVersion)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
        if (expectedVersion != VersionCheck.AnyVersion && user.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException("User", user.Version);
        }

        return user;
    }

    /// <summary>Saves an administrator's change; a change of roles, organization or status signs the user out everywhere.</summary>
    private async Task<UserDto> SaveAsync(AppUser user, bool refreshTokens)
    {
        user.Version++;
        if (refreshTokens)
        {
            // A new security stamp makes the sign-in cookie and refresh tokens issued before it invalid.
            await users.UpdateSecurityStampAsync(user);
        }
        else
        {
            Check(await users.UpdateAsync(user));
        }

        return ToDto(user);
    }

    private static void Apply(AppUser user, UserChanges changes)
    {
        user.DisplayName = changes.DisplayName;
        user.Roles = changes.Roles.Select(r => r.ToString()).ToList();
        user.OrganizationId = changes.OrganizationId;
    }

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is "ConcurrencyFailure"))
        {
            throw new ConcurrencyConflictException("User", null);
        }

        if (result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
        {
            throw new DuplicateKeyException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        throw new RequestValidationException(result.Errors.GroupBy(e => e.Code.Contains("Password") ? "password" : e.Code.Contains("Email") ? "email" : "user")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
    }
}
