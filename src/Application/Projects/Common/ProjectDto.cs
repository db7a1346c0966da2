using EgovExport.Domain.Projects;

namespace EgovExport.Application.Projects.Common;

/// <summary>One project with everything recorded about it (its timeline is at <c>/transitions</c>).</summary>
public sealed record ProjectDto(
    Guid Id,
    string Code,
    string Title,
    string CountryCode,
    Guid LeadAgencyId,
    string? OwnerId,
    IReadOnlyList<Guid> SolutionIds,
    decimal EstimatedValueUsd,
    decimal? OriginalAmount,
    string? OriginalCurrency,
    DateOnly? ExpectedDecisionOn,
    int Probability,
    IReadOnlyList<string> Tags,
    Stage Stage,
    ProjectStatus Status,
    DateTime StageEnteredAt,
    Guid? FollowsProjectId,
    InquiryDto Inquiry,
    IReadOnlyList<ConsultingDto> ConsultingEngagements,
    MouDto? Mou,
    ContractDto? Contract,
    MaintenanceDto? Maintenance,
    IReadOnlyList<ConsortiumMemberDto> Consortium,
    decimal SmeSharePercent,
    IReadOnlyList<FundingSourceDto> Funding,
    decimal FundingTotal,
    IReadOnlyList<StatusChangeDto> StatusHistory,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime UpdatedAt,
    long Version)
{
    /// <summary>The owner's display name (a user's, or a client's id); set by <see cref="ProjectViewer"/>.</summary>
    public string? OwnerName { get; init; }

    /// <summary>Whether the caller may change this project (role, scope and the project's lead and consortium).</summary>
    public bool CanEdit { get; init; }

    /// <summary>The statuses the caller may change the project to now and which of those changes need a reason (domain rules); none when they may not change it.</summary>
    public IReadOnlyList<StatusOption> StatusOptions { get; init; } = [];

    /// <summary>The stages the caller may move the project to now and what each move needs (domain rules); none when they may not change it.</summary>
    public IReadOnlyList<MoveOption> MoveOptions { get; init; } = [];

    public static ProjectDto From(ExportProject p) => new(
        p.Id,
        p.Code,
        p.Title,
        p.CountryCode,
        p.LeadAgencyId,
        p.OwnerId,
        p.SolutionIds,
        p.EstimatedValueUsd,
        p.OriginalAmount,
        p.OriginalCurrency,
        p.ExpectedDecisionOn,
        p.Probability,
        p.Tags,
        p.Stage,
        p.Status,
        p.StageEnteredAt,
        p.FollowsProjectId,
        new InquiryDto(p.Inquiry.Channel, p.Inquiry.ReceivedOn, p.Inquiry.RequestingOrganizationId, p.Inquiry.RequestedAreas),
        p.ConsultingEngagements.Select(c => new ConsultingDto(c.Type, c.PlannedRounds, c.CostBearer, c.StartOn)).ToList(),
        p.Mou is { } m ? new MouDto(m.KoreanSignatory, m.PartnerSignatory, m.SignedOn, m.Scope, m.ExpiresOn) : null,
        p.Contract is { } c ? new ContractDto(c.Number, c.SignedOn, c.Value, c.Currency, c.PrimeContractorId, c.StartOn, c.EndOn) : null,
        p.Maintenance is { } mt ? new MaintenanceDto(mt.AcceptedOn, mt.SupportEndsOn, mt.AnnualValueUsd) : null,
        p.Consortium.Select(x => new ConsortiumMemberDto(x.OrganizationId, x.Role, x.SharePercent, x.IsSme)).ToList(),
        p.SmeSharePercent,
        p.Funding.Select(f => new FundingSourceDto(f.Source, f.Amount)).ToList(),
        p.FundingTotal,
        p.StatusChanges.Select(s => new StatusChangeDto(s.From, s.To, s.OccurredAt, s.By, s.Reason, s.LossReason, s.LostToCountryCode)).ToList(),
        p.CreatedAt,
        p.CreatedBy,
        p.UpdatedAt,
        p.Version)
    {
        StatusOptions = p.StatusOptions(),
    };
}

public sealed record InquiryDto(InquiryChannel Channel, DateOnly ReceivedOn, Guid RequestingOrganizationId, IReadOnlyList<string> RequestedAreas);

public sealed record ConsultingDto(ConsultingType Type, int PlannedRounds, CostBearer CostBearer, DateOnly StartOn);

public sealed record MouDto(string KoreanSignatory, string PartnerSignatory, DateOnly SignedOn, string Scope, DateOnly ExpiresOn);

public sealed record ContractDto(string Number, DateOnly SignedOn, decimal Value, string Currency, Guid PrimeContractorId, DateOnly StartOn, DateOnly EndOn);

public sealed record MaintenanceDto(DateOnly AcceptedOn, DateOnly SupportEndsOn, decimal AnnualValueUsd);

public sealed record ConsortiumMemberDto(Guid OrganizationId, ConsortiumRole Role, decimal SharePercent, bool IsSme);

public sealed record FundingSourceDto(FundingSourceKind Source, decimal Amount);

public sealed record StatusChangeDto(ProjectStatus From, ProjectStatus To, DateTime When, string Who, string? Reason, LossReason? LossReason, string? LostToCountryCode);
