using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Access;
using FluentValidation;

namespace EgovExport.Application.Users.Common;

/// <summary>The fields an administrator sets on a user.</summary>
public interface IUserFields
{
    string? DisplayName { get; }

    IReadOnlyList<Role>? Roles { get; }

    Guid? OrganizationId { get; }
}

internal sealed class UserFieldsValidator : AbstractValidator<IUserFields>
{
    public UserFieldsValidator(IReadStore store)
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Roles).NotEmpty();
        RuleForEach(x => x.Roles).IsInEnum();
        RuleFor(x => x.OrganizationId)
            .MustAsync(async (id, ct) => await store.AnyAsync(store.Organizations.Where(o => o.Id == id), ct))
            .When(x => x.OrganizationId is not null)
            .WithMessage("is not a known organization.");
    }
}

internal static class UserChecks
{
    /// <summary>The validated fields, with the roles checked against the organization's kind (a domain rule).</summary>
    public static async Task<UserChanges> ChangesAsync(IUserFields fields, IReadStore store, CancellationToken cancellationToken)
    {
        var roles = fields.Roles!.Distinct().ToList();
        var kind = fields.OrganizationId is { } id
            ? await store.FirstOrDefaultAsync(store.Organizations.Where(o => o.Id == id).Select(o => (Domain.Catalog.OrganizationKind?)o.Kind), cancellationToken)
            : null;
        RoleAssignment.Check(roles, kind);
        return new UserChanges(fields.DisplayName!.Trim(), roles, fields.OrganizationId);
    }
}
