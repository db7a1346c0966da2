import { z } from "zod";
import { enumValues, projectStatuses, type ProjectStatus } from "../../api/enums";
import type { BoardFilterQuery } from "./api/boardProjects";

/** "any" in the URL: projects of every status; no `status` at all: only Active ones (the default). */
export const anyStatus = "any";
export const defaultStatus: ProjectStatus = "Active";

const optionalText = (schema: z.ZodString) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), schema.optional()).catch(undefined);
const uuid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * The board's filters as the URL holds them (`/board?countryCode=KE&status=any`), so a view can be
 * bookmarked. A bad value falls back to its default instead of breaking the page.
 */
export const boardSearch = z.object({
  status: z.union([z.enum(projectStatuses), z.literal(anyStatus)]).catch(defaultStatus).default(defaultStatus),
  countryCode: optionalText(z.string().regex(/^[A-Za-z]{2}$/)).transform((v) => v?.toUpperCase()),
  region: z.enum(enumValues.Region).optional().catch(undefined),
  solutionId: optionalText(z.string().regex(uuid)),
  leadAgencyId: optionalText(z.string().regex(uuid)),
});

export type BoardSearch = z.infer<typeof boardSearch>;

export function parseBoardSearch(params: URLSearchParams): BoardSearch {
  return boardSearch.parse(Object.fromEntries(params));
}

/** Back to URL parameters, leaving out the default status and empty filters. */
export function toSearchParams(search: BoardSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.status !== defaultStatus) params.set("status", search.status);
  for (const key of ["countryCode", "region", "solutionId", "leadAgencyId"] as const) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  return params;
}

export function toFilterQuery(search: BoardSearch): BoardFilterQuery {
  return {
    ...(search.status !== anyStatus && { status: search.status }),
    ...(search.countryCode && { countryCode: search.countryCode }),
    ...(search.region && { region: search.region }),
    ...(search.solutionId && { solutionId: search.solutionId }),
    ...(search.leadAgencyId && { leadAgencyId: search.leadAgencyId }),
  };
}
