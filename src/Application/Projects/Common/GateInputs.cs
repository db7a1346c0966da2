using System.Text.Json.Serialization;
using EgovExport.Application.Common.Json;
using EgovExport.Domain.Projects;

namespace EgovExport.Application.Projects.Common;

// The gate data as a request carries it. Every field is nullable so that a missing field is reported
// by name ("consulting.startOn is required") instead of silently becoming a default value; the
// validators check presence and shape, the domain checks the gate itself.

/// <summary>How the opportunity came in (the Inquiry gate).</summary>
public sealed record InquiryInput(
    InquiryChannel? Channel,
    DateOnly? ReceivedOn,
    Guid? RequestingOrganizationId,
    [property: JsonConverter(typeof(OneOrManyStringsConverter))] IReadOnlyList<string>? RequestedAreas)
{
    public InquiryDetails ToDomain(bool hasRequestedSolutions, DateOnly today) =>
        InquiryDetails.Create(Channel!.Value, ReceivedOn!.Value, RequestingOrganizationId!.Value, RequestedAreas, hasRequestedSolutions, today);
}

/// <summary>A consulting engagement (the Consulting gate).</summary>
public sealed record ConsultingInput(ConsultingType? Type, int? PlannedRounds, CostBearer? CostBearer, DateOnly? StartOn)
{
    public ConsultingEngagement ToDomain() => ConsultingEngagement.Create(Type!.Value, PlannedRounds!.Value, CostBearer!.Value, StartOn!.Value);
}

/// <summary>A government-to-government MOU (the MOU gate).</summary>
public sealed record MouInput(string? KoreanSignatory, string? PartnerSignatory, DateOnly? SignedOn, string? Scope, DateOnly? ExpiresOn)
{
    public MouAgreement ToDomain(DateOnly today) => MouAgreement.Create(KoreanSignatory!, PartnerSignatory!, SignedOn!.Value, Scope!, ExpiresOn!.Value, today);
}

/// <summary>The signed contract (the Contract gate).</summary>
public sealed record ContractInput(string? Number, DateOnly? SignedOn, decimal? Value, string? Currency, Guid? PrimeContractorId, DateOnly? StartOn, DateOnly? EndOn)
{
    public ContractRecord ToDomain() => ContractRecord.Create(Number!, SignedOn!.Value, Value!.Value, Currency!, PrimeContractorId!.Value, StartOn!.Value, EndOn!.Value);
}

/// <summary>Delivery accepted and support agreed (the Maintenance gate).</summary>
public sealed record MaintenanceInput(DateOnly? AcceptedOn, DateOnly? SupportEndsOn, decimal? AnnualValueUsd)
{
    public MaintenanceRecord ToDomain() => MaintenanceRecord.Create(AcceptedOn!.Value, SupportEndsOn!.Value, AnnualValueUsd!.Value);
}

/// <summary>One consortium member as a request gives it.</summary>
public sealed record ConsortiumMemberInput(Guid? OrganizationId, ConsortiumRole? Role, decimal? SharePercent);

/// <summary>One funding source as a request gives it.</summary>
public sealed record FundingSourceInput(FundingSourceKind? Source, decimal? Amount);
