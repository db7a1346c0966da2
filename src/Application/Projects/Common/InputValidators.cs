using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Validation;
using FluentValidation;

namespace EgovExport.Application.Projects.Common;

/// <summary>Limits that keep numbers inside what every database column holds.</summary>
public static class Limits
{
    /// <summary>Largest money amount accepted (10 trillion), well inside decimal(18,2).</summary>
    public const decimal MaxAmount = 10_000_000_000_000m;

    public const int MaxPlannedRounds = 1000;
}

public sealed class InquiryInputValidator : AbstractValidator<InquiryInput>
{
    public InquiryInputValidator(IReadStore store)
    {
        RuleFor(x => x.Channel).NotNull();
        RuleFor(x => x.ReceivedOn).NotNull();
        RuleFor(x => x.RequestingOrganizationId).NotNull().ExistingOrganization(store);
        RuleFor(x => x.RequestedAreas).Must(a => a!.Count <= 20).When(x => x.RequestedAreas is not null).WithMessage("at most 20 areas.");
        RuleForEach(x => x.RequestedAreas).NotEmpty().MaximumLength(200);
    }
}

public sealed class ConsultingInputValidator : AbstractValidator<ConsultingInput>
{
    public ConsultingInputValidator()
    {
        RuleFor(x => x.Type).NotNull();
        RuleFor(x => x.PlannedRounds).NotNull().LessThanOrEqualTo(Limits.MaxPlannedRounds);
        RuleFor(x => x.CostBearer).NotNull();
        RuleFor(x => x.StartOn).NotNull();
    }
}

public sealed class MouInputValidator : AbstractValidator<MouInput>
{
    public MouInputValidator()
    {
        RuleFor(x => x.KoreanSignatory).NotEmpty().MaximumLength(200);
        RuleFor(x => x.PartnerSignatory).NotEmpty().MaximumLength(200);
        RuleFor(x => x.SignedOn).NotNull();
        RuleFor(x => x.Scope).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.ExpiresOn).NotNull();
    }
}

public sealed class ContractInputValidator : AbstractValidator<ContractInput>
{
    public ContractInputValidator(IReadStore store)
    {
        RuleFor(x => x.Number).NotEmpty().MaximumLength(100);
        RuleFor(x => x.SignedOn).NotNull();
        RuleFor(x => x.Value).NotNull().LessThanOrEqualTo(Limits.MaxAmount);
        RuleFor(x => x.Currency).NotEmpty().CurrencyCode();
        RuleFor(x => x.PrimeContractorId).NotNull().ExistingOrganization(store);
        RuleFor(x => x.StartOn).NotNull();
        RuleFor(x => x.EndOn).NotNull();
    }
}

public sealed class MaintenanceInputValidator : AbstractValidator<MaintenanceInput>
{
    public MaintenanceInputValidator()
    {
        RuleFor(x => x.AcceptedOn).NotNull();
        RuleFor(x => x.SupportEndsOn).NotNull();
        RuleFor(x => x.AnnualValueUsd).NotNull().LessThanOrEqualTo(Limits.MaxAmount);
    }
}
