import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import type { Stage } from "../../../api/enums";
import { projectsQueryKey } from "../../../api/queryKeys";
import type { paths } from "../../../api/schema";

export type ProjectSummary = Schema<"ProjectSummary">;
export type ProjectPage = Schema<"PagedResultProjectSummary">;
type ListProjectsQuery = NonNullable<paths["/api/v1/projects"]["get"]["parameters"]["query"]>;

/** The filter parameters shared by every column's list and the stage totals. */
export type BoardFilterQuery = Pick<ListProjectsQuery, "status" | "countryCode" | "region" | "solutionId" | "leadAgencyId">;

/** Cards per page of a column; "show more" appends the next page. */
export const columnPageSize = 25;

export { projectsQueryKey };

/** GET /api/v1/projects for one column: its stage, the largest first. */
export async function listColumn(stage: Stage, filters: BoardFilterQuery, page: number, signal?: AbortSignal): Promise<ProjectPage> {
  const { data } = await api.GET("/api/v1/projects", {
    params: { query: { ...filters, stage, sort: "-estimatedValueUsd", page, pageSize: columnPageSize } },
    signal,
  });
  if (!data) {
    throw new Error("GET /api/v1/projects returned no body.");
  }
  return data;
}

export function boardColumnQueryOptions(stage: Stage, filters: BoardFilterQuery) {
  return infiniteQueryOptions({
    queryKey: [...projectsQueryKey, "board", stage, filters] as const,
    queryFn: ({ pageParam, signal }) => listColumn(stage, filters, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last: ProjectPage) => (last.page * last.pageSize < last.totalCount ? last.page + 1 : undefined),
  });
}

/** One column's cards, page after page. */
export function useBoardColumn(stage: Stage, filters: BoardFilterQuery) {
  return useInfiniteQuery(boardColumnQueryOptions(stage, filters));
}
