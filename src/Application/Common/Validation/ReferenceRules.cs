using EgovExport.Application.Common.Abstractions;
using FluentValidation;

namespace EgovExport.Application.Common.Validation;

/// <summary>Validator rules that check a reference points at an existing record.</summary>
public static class ReferenceRules
{
    public static IRuleBuilderOptions<T, string?> ExistingCountry<T>(this IRuleBuilder<T, string?> rule, IReadStore store) =>
        rule.MustAsync(async (code, ct) =>
            {
                if (code is not { Length: 2 })
                {
                    return true; // the shape rules report it
                }

                var upper = code.ToUpperInvariant();
                return await store.AnyAsync(store.Countries.Where(c => c.Code == upper), ct);
            })
            .WithMessage("'{PropertyValue}' is not a known country code.");

    public static IRuleBuilderOptions<T, Guid?> ExistingOrganization<T>(this IRuleBuilder<T, Guid?> rule, IReadStore store) =>
        rule.MustAsync(async (id, ct) => id is not { } value || await store.AnyAsync(store.Organizations.Where(o => o.Id == value), ct))
            .WithMessage("'{PropertyValue}' is not a known organization.");

    public static IRuleBuilderOptions<T, Guid> ExistingOrganization<T>(this IRuleBuilder<T, Guid> rule, IReadStore store) =>
        rule.MustAsync((id, ct) => store.AnyAsync(store.Organizations.Where(o => o.Id == id), ct))
            .WithMessage("'{PropertyValue}' is not a known organization.");

    public static IRuleBuilderOptions<T, Guid> ExistingSolution<T>(this IRuleBuilder<T, Guid> rule, IReadStore store) =>
        rule.MustAsync((id, ct) => store.AnyAsync(store.Solutions.Where(s => s.Id == id), ct))
            .WithMessage("'{PropertyValue}' is not a known solution.");

    public static IRuleBuilderOptions<T, string?> CurrencyCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches("^[A-Za-z]{3}$").WithMessage("must be a three-letter ISO 4217 currency code.");
}
