import { useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import { projectsQueryKey } from "./listProjects";

export type Transition = Schema<"Transition">;

/** GET /api/v1/projects/{id}/transitions (GetProjectHistory): the stage timeline, oldest first. */
export async function getProjectTransitions(id: string, signal?: AbortSignal): Promise<Transition[]> {
  const { data } = await api.GET("/api/v1/projects/{id}/transitions", { params: { path: { id } }, signal });
  if (!data) {
    throw new Error("GET /api/v1/projects/{id}/transitions returned no body.");
  }
  return data;
}

export const projectTransitionsQueryKey = (id: string) => [...projectsQueryKey, "transitions", id] as const;

export function useProjectTransitions(id: string) {
  return useQuery({ queryKey: projectTransitionsQueryKey(id), queryFn: ({ signal }) => getProjectTransitions(id, signal) });
}
