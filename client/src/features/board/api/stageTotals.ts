import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import { projectsQueryKey, type BoardFilterQuery } from "./boardProjects";

export type StageTotals = Schema<"PipelineSummary">;

/**
 * GET /api/v1/projects/stage-totals: count and value of every stage over the projects the caller can
 * see, with the board's filters (GetProjectStageTotals).
 */
export async function getStageTotals(filters: BoardFilterQuery, signal?: AbortSignal): Promise<StageTotals> {
  const { data } = await api.GET("/api/v1/projects/stage-totals", { params: { query: filters }, signal });
  if (!data) {
    throw new Error("GET /api/v1/projects/stage-totals returned no body.");
  }
  return data;
}

export function stageTotalsQueryOptions(filters: BoardFilterQuery) {
  return queryOptions({
    queryKey: [...projectsQueryKey, "stage-totals", filters] as const,
    queryFn: ({ signal }) => getStageTotals(filters, signal),
  });
}

/** The totals per stage; when they cannot be had, each column falls back to its list's count. */
export function useStageTotals(filters: BoardFilterQuery) {
  return useQuery({ ...stageTotalsQueryOptions(filters), retry: false });
}
