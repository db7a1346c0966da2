import { useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import { present } from "./common";
import { solutionsQueryKey } from "./solutions";

export type SolutionCountry = Schema<"SolutionCountry">;

/** GET /api/v1/solutions/{id}/countries (GetSolutionCountries): the countries a solution was exported to (from won projects). */
export async function listSolutionCountries(id: string, signal?: AbortSignal): Promise<SolutionCountry[]> {
  const { data } = await api.GET("/api/v1/solutions/{id}/countries", { params: { path: { id } }, signal });
  return present(data, "GET /api/v1/solutions/{id}/countries");
}

export function useSolutionCountries(id: string) {
  return useQuery({
    queryKey: [...solutionsQueryKey, "one", id, "countries"] as const,
    queryFn: ({ signal }) => listSolutionCountries(id, signal),
  });
}
