import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import type { paths } from "../../../api/schema";
import { catalogsQueryKey, ifMatch, present } from "./common";

export type Solution = Schema<"Solution">;
export type SolutionPage = Schema<"PagedResultSolution">;
export type CreateSolutionRequest = Schema<"CreateSolutionRequest">;
export type UpdateSolutionRequest = Schema<"UpdateSolutionRequest">;
export type ListSolutionsQuery = NonNullable<paths["/api/v1/solutions"]["get"]["parameters"]["query"]>;

export const solutionsQueryKey = [...catalogsQueryKey, "solutions"] as const;

/** GET /api/v1/solutions (ListSolutions). */
export async function listSolutions(query: ListSolutionsQuery, signal?: AbortSignal): Promise<SolutionPage> {
  const { data } = await api.GET("/api/v1/solutions", { params: { query }, signal });
  return present(data, "GET /api/v1/solutions");
}

/** GET /api/v1/solutions/{id} (GetSolution). */
export async function getSolution(id: string, signal?: AbortSignal): Promise<Solution> {
  const { data } = await api.GET("/api/v1/solutions/{id}", { params: { path: { id } }, signal });
  return present(data, "GET /api/v1/solutions/{id}");
}

/** POST /api/v1/solutions (CreateSolution). */
export async function createSolution(body: CreateSolutionRequest): Promise<Solution> {
  const { data } = await api.POST("/api/v1/solutions", { body });
  return present(data, "POST /api/v1/solutions");
}

/** PUT /api/v1/solutions/{id} (UpdateSolution), checked against the version the editor saw. */
export async function updateSolution(id: string, version: number, body: UpdateSolutionRequest): Promise<Solution> {
  const { data } = await api.PUT("/api/v1/solutions/{id}", {
    params: { path: { id }, header: { "If-Match": ifMatch(version) } },
    body,
  });
  return present(data, "PUT /api/v1/solutions/{id}");
}

export function listSolutionsQueryOptions(query: ListSolutionsQuery) {
  return queryOptions({
    queryKey: [...solutionsQueryKey, "list", query] as const,
    queryFn: ({ signal }) => listSolutions(query, signal),
  });
}

export function solutionQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...solutionsQueryKey, "one", id] as const,
    queryFn: ({ signal }) => getSolution(id, signal),
  });
}

export function useSolutions(query: ListSolutionsQuery) {
  return useQuery({ ...listSolutionsQueryOptions(query), placeholderData: keepPreviousData });
}

export function useSolution(id: string) {
  return useQuery(solutionQueryOptions(id));
}

export function useCreateSolution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSolution,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: solutionsQueryKey }),
  });
}

export function useUpdateSolution(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UpdateSolutionRequest }) => updateSolution(id, version, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: solutionsQueryKey }),
  });
}
