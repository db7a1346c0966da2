using EgovExport.Application.Projects.Common;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;

namespace EgovExport.Infrastructure.Seeding;

// The shapes of the files in seeds/ (see seeds/README.md). Gate data reuses the request shapes, so a
// seeded project is checked by exactly the rules an API caller meets.

internal sealed record CountrySeed(string Code, string Alpha3, string Name, string NameKo, Region Region);

internal sealed record OrganizationSeed(Guid Id, string Name, string? NameKo, OrganizationKind Kind, string CountryCode, CompanySize? Size);

internal sealed record SolutionSeed(string Code, string Name, string? NameKo, SolutionCategory Category, Guid? OwningAgencyId, string? Description);

internal sealed record ExportRecordSeed(int Year, decimal? OfficialValueUsd, decimal? TargetValueUsd);

internal sealed record ProjectSeed(
    string Code,
    string Title,
    string CountryCode,
    Guid LeadAgencyId,
    IReadOnlyList<string>? SolutionIds,
    decimal EstimatedValueUsd,
    DateOnly? ExpectedDecisionOn,
    IReadOnlyList<string>? Tags,
    InquiryInput Inquiry,
    IReadOnlyList<ConsortiumMemberInput>? Consortium,
    IReadOnlyList<FundingSourceInput>? Funding,
    IReadOnlyList<TransitionSeed>? Transitions,
    StatusSeed? Status);

internal sealed record TransitionSeed(
    Stage ToStage,
    DateOnly On,
    string? Reason,
    string? SkipReason,
    ConsultingInput? Consulting,
    MouInput? Mou,
    ContractInput? Contract,
    MaintenanceInput? Maintenance);

internal sealed record StatusSeed(ProjectStatus Status, string? Reason, LossReason? LossReason, string? LostToCountryCode);
