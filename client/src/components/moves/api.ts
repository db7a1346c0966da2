import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Schema } from "../../api/client";
import { projectsQueryKey } from "../../api/queryKeys";

export type MoveProjectRequest = Schema<"MoveProjectRequest">;
export type MoveOption = Schema<"MoveOption">;
export type Project = Schema<"Project">;
export type Organization = Schema<"Organization">;

/** POST /api/v1/projects/{id}/transitions (MoveProject), checked against the version the user saw. */
export async function moveProject(id: string, version: number, body: MoveProjectRequest): Promise<Project> {
  const { data } = await api.POST("/api/v1/projects/{id}/transitions", {
    params: { path: { id }, header: { "If-Match": `"${version}"` } },
    body,
  });
  if (!data) {
    throw new Error("POST /api/v1/projects/{id}/transitions returned no body.");
  }
  return data;
}

/** Moves a project; on success every project query (board columns, totals, lists, details) is refreshed. */
export function useMoveProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: number; body: MoveProjectRequest }) => moveProject(id, version, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsQueryKey }),
  });
}

/** GET /api/v1/projects/{id} (GetProject), for the version to retry a move with after a 412 that names none. */
export async function getProject(id: string, signal?: AbortSignal): Promise<Project> {
  const { data } = await api.GET("/api/v1/projects/{id}", { params: { path: { id } }, signal });
  if (!data) {
    throw new Error("GET /api/v1/projects/{id} returned no body.");
  }
  return data;
}

const koreanCompaniesQueryOptions = queryOptions({
  queryKey: ["moves", "organizations", "KoreanCompany"] as const,
  queryFn: async ({ signal }) => {
    const { data } = await api.GET("/api/v1/organizations", { params: { query: { kind: "KoreanCompany", pageSize: 200 } }, signal });
    if (!data) {
      throw new Error("GET /api/v1/organizations returned no body.");
    }
    return data.items;
  },
  // Reference data changes rarely: kept for ten minutes.
  staleTime: 10 * 60_000,
});

/** Korean companies, for a contract's prime contractor. */
export const useKoreanCompanies = (enabled = true) => useQuery({ ...koreanCompaniesQueryOptions, enabled });
