import type { CreateProjectRequest } from "./api/createProject";
import type { Project } from "./api/getProject";
import type { UpdateProjectRequest } from "./api/updateProject";
import type { Schema } from "../../api/client";

/** A number input's value: a number, or the text being typed ("" when empty). */
export type NumberValue = number | string;

/** The fields a project's form edits (the same on create and edit). */
export interface ProjectFieldValues {
  title: string;
  countryCode: string | null;
  leadAgencyId: string | null;
  solutionIds: string[];
  estimatedValueUsd: NumberValue;
  originalAmount: NumberValue;
  originalCurrency: string;
  expectedDecisionOn: string;
  tags: string[];
  followsProjectId: string | null;
}

export interface EditValues extends ProjectFieldValues {
  probability: NumberValue;
}

export interface InquiryValues {
  channel: Schema<"InquiryChannel"> | null;
  receivedOn: string;
  requestingOrganizationId: string | null;
  requestedAreas: string[];
}

export interface CreateValues extends ProjectFieldValues {
  inquiry: InquiryValues;
}

/** The fields the edit form changes, in the order it shows them (also the paths a 412 compares). */
export const editPaths = [
  "title",
  "countryCode",
  "leadAgencyId",
  "solutionIds",
  "estimatedValueUsd",
  "originalAmount",
  "originalCurrency",
  "expectedDecisionOn",
  "probability",
  "tags",
  "followsProjectId",
] as const satisfies readonly (keyof EditValues)[];

export function editValuesOf(project: Project): EditValues {
  return {
    title: project.title,
    countryCode: project.countryCode,
    leadAgencyId: project.leadAgencyId,
    solutionIds: [...project.solutionIds],
    estimatedValueUsd: project.estimatedValueUsd,
    originalAmount: project.originalAmount ?? "",
    originalCurrency: project.originalCurrency ?? "",
    expectedDecisionOn: project.expectedDecisionOn ?? "",
    probability: project.probability,
    tags: [...project.tags],
    followsProjectId: project.followsProjectId ?? null,
  };
}

export const emptyCreateValues: CreateValues = {
  title: "",
  countryCode: null,
  leadAgencyId: null,
  solutionIds: [],
  estimatedValueUsd: "",
  originalAmount: "",
  originalCurrency: "",
  expectedDecisionOn: "",
  tags: [],
  followsProjectId: null,
  inquiry: { channel: null, receivedOn: "", requestingOrganizationId: null, requestedAreas: [] },
};

/** A number as typed, or null when empty or not a number (the API then says what is wrong). */
export function numberOrNull(value: NumberValue): number | null {
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : null;
  }
  const text = value.replace(/,/g, "").trim();
  if (text === "") {
    return null;
  }
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : null;
}

const textOrNull = (value: string | null) => (value && value.trim() !== "" ? value.trim() : null);

function commonRequest(values: ProjectFieldValues) {
  return {
    title: textOrNull(values.title),
    countryCode: values.countryCode,
    leadAgencyId: values.leadAgencyId,
    solutionIds: values.solutionIds,
    estimatedValueUsd: numberOrNull(values.estimatedValueUsd),
    originalAmount: numberOrNull(values.originalAmount),
    originalCurrency: textOrNull(values.originalCurrency)?.toUpperCase() ?? null,
    expectedDecisionOn: textOrNull(values.expectedDecisionOn),
    tags: values.tags,
    followsProjectId: values.followsProjectId,
  };
}

export function toUpdateRequest(values: EditValues): UpdateProjectRequest {
  const probability = numberOrNull(values.probability);
  return { ...commonRequest(values), probability: probability === null ? null : Math.round(probability) };
}

export function toCreateRequest(values: CreateValues): CreateProjectRequest {
  return {
    ...commonRequest(values),
    inquiry: {
      // The API names a missing channel; the generated type wants one, so it is sent only when chosen.
      ...(values.inquiry.channel ? { channel: values.inquiry.channel } : {}),
      receivedOn: textOrNull(values.inquiry.receivedOn),
      requestingOrganizationId: values.inquiry.requestingOrganizationId,
      requestedAreas: values.inquiry.requestedAreas,
    } as CreateProjectRequest["inquiry"],
  };
}
