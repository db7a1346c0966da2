import type { Schema } from "./client";

export type Stage = Schema<"Stage">;
export type ProjectStatus = Schema<"ProjectStatus">;

/**
 * The API's enums at run time, in the order the UI lists them. `satisfies` rejects a value the API
 * does not have; the `Exhaustive` checks at the end fail `tsc -b` when the API adds one.
 */
export const stages = ["Inquiry", "Consulting", "Mou", "Contract", "Maintenance"] as const satisfies readonly Stage[];
export const projectStatuses = ["Active", "OnHold", "Lost", "Withdrawn", "Completed"] as const satisfies readonly ProjectStatus[];

export const enumValues = {
  Region: ["AsiaPacific", "Africa", "ArabStates", "Europe", "LatinAmericaCaribbean", "NorthAmerica"],
  OrganizationKind: [
    "KoreanGovernmentAgency",
    "KoreanCompany",
    "ForeignGovernmentBody",
    "InternationalOrganization",
    "FundingInstitution",
  ],
  CompanySize: ["Large", "Sme"],
  ConsortiumRole: ["Prime", "Partner", "Subcontractor"],
  ConsultingType: ["PolicyConsulting", "MasterPlan", "FeasibilityStudy", "TechnicalAdvisory", "Training"],
  CostBearer: ["Korea", "Partner", "Shared", "MultilateralBank"],
  FundingSourceKind: [
    "PartnerBudget",
    "Edcf",
    "KoicaGrant",
    "WorldBank",
    "Adb",
    "Idb",
    "Afdb",
    "OtherMultilateral",
    "PublicPrivatePartnership",
    "Other",
  ],
  InquiryChannel: ["DelegationVisit", "Forum", "Embassy", "MultilateralBank", "DirectRequest", "Other"],
  LossReason: ["Competitor", "Budget", "PoliticalChange", "Other"],
  SolutionCategory: [
    "Procurement",
    "CustomsTrade",
    "TaxFinance",
    "PatentsIp",
    "ImmigrationIdentity",
    "DisasterSafety",
    "PostalLogistics",
    "DataCenterInfrastructure",
    "PlatformFramework",
    "CivilServiceParticipation",
  ],
  Role: ["Administrator", "AgencyOfficer", "CompanyMember", "Analyst"],
  AuditAction: ["Created", "Updated", "Deleted", "Moved", "StatusChanged"],
  ActorKind: ["User", "Client", "System", "Anonymous"],
} as const satisfies { [Name in EnumName]: readonly Schema<Name>[] };

/** The API enums with labels in the translation files (under "enum.<Name>"). */
export type EnumName =
  | "Region"
  | "OrganizationKind"
  | "CompanySize"
  | "ConsortiumRole"
  | "ConsultingType"
  | "CostBearer"
  | "FundingSourceKind"
  | "InquiryChannel"
  | "LossReason"
  | "SolutionCategory"
  | "Role"
  | "AuditAction"
  | "ActorKind";

type Exhaustive<Union, List extends readonly unknown[]> = [Exclude<Union, List[number]>] extends [never] ? true : false;
type AllExhaustive = { [Name in EnumName]: Exhaustive<Schema<Name>, (typeof enumValues)[Name]> };
const stagesComplete: Exhaustive<Stage, typeof stages> = true;
const statusesComplete: Exhaustive<ProjectStatus, typeof projectStatuses> = true;
const othersComplete: AllExhaustive[EnumName] = true;
export const enumListsComplete = stagesComplete && statusesComplete && othersComplete;
