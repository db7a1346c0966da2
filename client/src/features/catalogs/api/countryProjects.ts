import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import { catalogsQueryKey, present } from "./common";

export type ProjectSummary = Schema<"ProjectSummary">;
export type ProjectPage = Schema<"PagedResultProjectSummary">;

/** GET /api/v1/projects?countryCode=XX: the export projects with one partner country, a page at a time. */
export async function listCountryProjects(countryCode: string, page: number, pageSize: number, signal?: AbortSignal): Promise<ProjectPage> {
  const { data } = await api.GET("/api/v1/projects", {
    params: { query: { countryCode, page, pageSize, sort: "code" } },
    signal,
  });
  return present(data, "GET /api/v1/projects");
}

export function useCountryProjects(countryCode: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...catalogsQueryKey, "countryProjects", countryCode.toUpperCase(), page, pageSize] as const,
    queryFn: ({ signal }) => listCountryProjects(countryCode.toUpperCase(), page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}
