using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Common.Validation;
using EgovExport.Domain.Catalog;
using FluentValidation;

namespace EgovExport.Application.Projects.Common;

/// <summary>The editable fields a project's create and update share.</summary>
public interface IProjectFields : INamesLeadAgency
{
    string? Title { get; }

    string? CountryCode { get; }

    IReadOnlyList<Guid>? SolutionIds { get; }

    decimal? EstimatedValueUsd { get; }

    DateOnly? ExpectedDecisionOn { get; }

    IReadOnlyList<string>? Tags { get; }

    decimal? OriginalAmount { get; }

    string? OriginalCurrency { get; }

    Guid? FollowsProjectId { get; }
}

public sealed class ProjectFieldsValidator : AbstractValidator<IProjectFields>
{
    public ProjectFieldsValidator(IReadStore store)
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.CountryCode).NotEmpty().Length(2).ExistingCountry(store);
        RuleFor(x => x.LeadAgencyId).NotNull()
            .MustAsync(async (id, ct) => id is not { } value || await store.AnyAsync(
                store.Organizations.Where(o => o.Id == value && o.Kind == OrganizationKind.KoreanGovernmentAgency), ct))
            .WithMessage("'{PropertyValue}' is not a known Korean government agency.");
        RuleFor(x => x.SolutionIds).Must(ids => ids!.Count <= 50).When(x => x.SolutionIds is not null).WithMessage("at most 50 solutions.");
        RuleForEach(x => x.SolutionIds).ExistingSolution(store);
        RuleFor(x => x.EstimatedValueUsd).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(Limits.MaxAmount);
        RuleFor(x => x.Tags).Must(t => t!.Count <= 20).When(x => x.Tags is not null).WithMessage("at most 20 tags.");
        RuleForEach(x => x.Tags).NotEmpty().MaximumLength(40);
        RuleFor(x => x.OriginalAmount).GreaterThanOrEqualTo(0).LessThanOrEqualTo(Limits.MaxAmount);
        RuleFor(x => x.OriginalCurrency).CurrencyCode();
        RuleFor(x => x.FollowsProjectId)
            .MustAsync(async (id, ct) => id is not { } value || await store.AnyAsync(store.Projects.Where(p => p.Id == value), ct))
            .WithMessage("'{PropertyValue}' is not a known project.");
    }
}

internal static class ProjectFieldsMapping
{
    public static Domain.Projects.ProjectDetails ToDetails(this IProjectFields f) => new(
        f.Title!, f.CountryCode!.ToUpperInvariant(), f.LeadAgencyId!.Value, f.SolutionIds, f.EstimatedValueUsd!.Value,
        f.ExpectedDecisionOn, f.Tags, f.OriginalAmount, f.OriginalCurrency);
}
