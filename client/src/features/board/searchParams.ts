import { z } from "zod";
import { enumValues, projectStatuses, type ProjectStatus } from "../../api/enums";
import { optionalText, toSearchParams as writeSearchParams, uuidPattern as uuid } from "../../components/url/searchParams";
import type { BoardFilterQuery } from "./api/boardProjects";

/** "any" in the URL: projects of every status; no `status` at all: only Active ones (the default). */
export const anyStatus = "any";
export const defaultStatus: ProjectStatus = "Active";


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
  return writeSearchParams(search, { status: defaultStatus }, ["status", "countryCode", "region", "solutionId", "leadAgencyId"]);
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
