import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import { projectsQueryKey } from "./listProjects";

export type Project = Schema<"Project">;

/** The If-Match header value for a record's version: the version, quoted. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** GET /api/v1/projects/{id} (GetProject). */
export async function getProject(id: string, signal?: AbortSignal): Promise<Project> {
  const { data } = await api.GET("/api/v1/projects/{id}", { params: { path: { id } }, signal });
  if (!data) {
    throw new Error("GET /api/v1/projects/{id} returned no body.");
  }
  return data;
}

export const projectQueryKey = (id: string) => [...projectsQueryKey, "detail", id] as const;

export function projectQueryOptions(id: string) {
  return queryOptions({ queryKey: projectQueryKey(id), queryFn: ({ signal }) => getProject(id, signal) });
}

export function useProject(id: string) {
  return useQuery(projectQueryOptions(id));
}
