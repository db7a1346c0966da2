using EgovExport.Domain.Access;

namespace EgovExport.Application.Users.Common;

/// <summary>A user as the API shows it; no secret (password hash, two-factor key) ever leaves the directory.</summary>
public sealed class UserDto
{
    public Guid Id { get; init; }

    public string Email { get; init; } = "";

    public string DisplayName { get; init; } = "";

    /// <summary>Role names: Administrator, AgencyOfficer, CompanyMember, Analyst.</summary>
    public List<string> Roles { get; init; } = [];

    public Guid? OrganizationId { get; init; }

    public bool IsDisabled { get; init; }

    public bool TwoFactorEnabled { get; init; }

    /// <summary>Locked out after repeated failed sign-ins until this moment (UTC), if it is in the future.</summary>
    public DateTimeOffset? LockedOutUntil { get; init; }

    public DateTime CreatedAt { get; init; }

    public long Version { get; init; }
}

/// <summary>What an administrator gives a new or existing user.</summary>
public sealed record UserChanges(string DisplayName, IReadOnlyList<Role> Roles, Guid? OrganizationId);

/// <summary>A new user; with no password, an invitation (a one-time token to set one) is issued instead.</summary>
public sealed record CreatedUser(UserDto User, string? InvitationToken);

/// <summary>Where the two-factor set-up of a user stands.</summary>
public sealed record TwoFactorSetup(bool Enabled, string SharedKey, string AuthenticatorUri);

/// <summary>
/// The people who sign in, kept by ASP.NET Core Identity (implemented in Infrastructure). Failures are
/// reported as the application's exceptions: an e-mail in use as <see cref="Application.Common.Exceptions.DuplicateKeyException"/>,
/// a weak password as <see cref="Application.Common.Exceptions.RequestValidationException"/> on <c>password</c>, a stale
/// version as <see cref="Application.Common.Exceptions.ConcurrencyConflictException"/>.
/// </summary>
public interface IUserDirectory
{
    IQueryable<UserDto> Users { get; }

    Task<UserDto?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<CreatedUser> CreateAsync(string email, string? password, UserChanges changes, CancellationToken cancellationToken);

    Task<UserDto> UpdateAsync(Guid id, long expectedVersion, UserChanges changes, CancellationToken cancellationToken);

    Task<UserDto> SetDisabledAsync(Guid id, long expectedVersion, bool disabled, CancellationToken cancellationToken);

    /// <summary>Ends a lockout after repeated failed sign-ins.</summary>
    Task<UserDto> UnlockAsync(Guid id, long expectedVersion, CancellationToken cancellationToken);

    Task<TwoFactorSetup> GetTwoFactorSetupAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Turns two-factor sign-in on when <paramref name="code"/> is a current code; returns recovery codes.</summary>
    Task<IReadOnlyList<string>> EnableTwoFactorAsync(Guid id, string code, CancellationToken cancellationToken);

    Task DisableTwoFactorAsync(Guid id, string code, CancellationToken cancellationToken);
}
