import { z } from "zod";
import { pageSizes } from "../../components/Pager";
import { projectStatuses, stages } from "../../api/enums";
import type { ListProjectsQuery } from "./api/listProjects";

/** The columns the API can sort projects by (ListProjectsValidator.SortFields). */
export const sortableColumns = ["code", "title", "stage", "status", "estimatedValueUsd", "expectedDecisionOn"] as const;
export type SortableColumn = (typeof sortableColumns)[number];

export const defaultPageSize = 25;

const sortPattern = new RegExp(`^-?(${sortableColumns.join("|")}|probability|stageEnteredAt|createdAt|updatedAt)$`);
const optionalText = (schema: z.ZodString) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), schema.optional()).catch(undefined);

/**
 * The projects list as the URL holds it (`?page=2&sort=-estimatedValueUsd&stage=Mou`), so a view can
 * be bookmarked. A bad value falls back to its default instead of breaking the page.
 */
export const projectListSearch = z.object({
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (pageSizes as readonly number[]).includes(n))
    .catch(defaultPageSize),
  sort: optionalText(z.string().regex(sortPattern)),
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
  const params = new URLSearchParams();
  if (search.page !== 1) params.set("page", String(search.page));
  if (search.pageSize !== defaultPageSize) params.set("pageSize", String(search.pageSize));
  for (const key of ["sort", "stage", "status", "countryCode", "q"] as const) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  return params;
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

/** Clicking a column: ascending first, then descending, on the same column. */
export function nextSort(current: string | undefined, column: SortableColumn): string {
  return current === column ? `-${column}` : column;
}
