import { z } from "zod";
import { projectStatuses, stages } from "../../api/enums";
import { optionalText, pagingFields, sortOf, toSearchParams as writeSearchParams } from "../../components/url/searchParams";
import type { ListProjectsQuery } from "./api/listProjects";

/** The columns the API can sort projects by (ListProjectsValidator.SortFields). */
export const sortableColumns = ["code", "title", "stage", "status", "estimatedValueUsd", "expectedDecisionOn"] as const;
export type SortableColumn = (typeof sortableColumns)[number];

export const defaultPageSize = 25;


/**
 * The projects list as the URL holds it (`?page=2&sort=-estimatedValueUsd&stage=Mou`), so a view can
 * be bookmarked. A bad value falls back to its default instead of breaking the page.
 */
export const projectListSearch = z.object({
  ...pagingFields(defaultPageSize),
  sort: sortOf([...sortableColumns, "probability", "stageEnteredAt", "createdAt", "updatedAt"]),
  stage: z.enum(stages).optional().catch(undefined),
  status: z.enum(projectStatuses).optional().catch(undefined),
  countryCode: optionalText(z.string().regex(/^[A-Za-z]{2}$/)).transform((v) => v?.toUpperCase()),
  q: optionalText(z.string().max(100)),
});

export type ProjectListSearch = z.infer<typeof projectListSearch>;

export function parseProjectListSearch(params: URLSearchParams): ProjectListSearch {
  return projectListSearch.parse(Object.fromEntries(params));
}

/** Back to URL parameters, leaving out defaults and empty filters. */
export function toSearchParams(search: ProjectListSearch): URLSearchParams {
  return writeSearchParams(search, { pageSize: defaultPageSize }, ["page", "pageSize", "sort", "stage", "status", "countryCode", "q"]);
}

/** The API's query parameters for the list in the URL. */
export function toApiQuery(search: ProjectListSearch): ListProjectsQuery {
  return {
    page: search.page,
    pageSize: search.pageSize,
    ...(search.sort && { sort: search.sort }),
    ...(search.stage && { stage: search.stage }),
    ...(search.status && { status: search.status }),
    ...(search.countryCode && { countryCode: search.countryCode }),
    ...(search.q && { q: search.q }),
  };
}
