import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import { projectsQueryKey } from "../../../api/queryKeys";
import type { paths } from "../../../api/schema";

export type ProjectSummary = Schema<"ProjectSummary">;
export type ProjectPage = Schema<"PagedResultProjectSummary">;
export type ListProjectsQuery = NonNullable<paths["/api/v1/projects"]["get"]["parameters"]["query"]>;

/** GET /api/v1/projects (ListProjects). */
export async function listProjects(query: ListProjectsQuery, signal?: AbortSignal): Promise<ProjectPage> {
  const { data } = await api.GET("/api/v1/projects", { params: { query }, signal });
  if (!data) {
    throw new Error("GET /api/v1/projects returned no body.");
  }
  return data;
}

export { projectsQueryKey };

export function listProjectsQueryOptions(query: ListProjectsQuery) {
  return queryOptions({
    queryKey: [...projectsQueryKey, "list", query] as const,
    queryFn: ({ signal }) => listProjects(query, signal),
  });
}

/** The page of projects for `query`; the previous page stays visible while the next one loads. */
export function useProjects(query: ListProjectsQuery) {
  return useQuery({ ...listProjectsQueryOptions(query), placeholderData: keepPreviousData });
}
