using Microsoft.AspNetCore.Identity;

namespace EgovExport.Infrastructure.Identity;

/// <summary>
/// A person who signs in: ASP.NET Core Identity's user (password hash, lockout, two-factor key) plus
/// what access is decided on — roles and the organization (agency or company) the person works for.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>Role names (<see cref="Domain.Access.Role"/>).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>The agency of an agency officer, the company of a company member.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>A disabled user cannot sign in or refresh tokens; the record stays for the audit trail.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Goes up with every administrative change; the API's ETag.</summary>
    public long Version { get; set; } = 1;
}
