import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";

export type PipelineSummary = Schema<"PipelineSummary">;
export type ContractYear = Schema<"ContractYear">;
export type RegionTotal = Schema<"RegionTotal">;
export type SolutionTotal = Schema<"SolutionTotal">;
export type SmeShare = Schema<"SmeShare">;

export const dashboardQueryKey = ["dashboard"] as const;

/** Reads one dashboard figure; the API aggregates it in the database over every project. */
function figure<T>(name: string, read: (signal: AbortSignal) => Promise<{ data?: T }>) {
  return queryOptions({
    queryKey: [...dashboardQueryKey, name] as const,
    queryFn: async ({ signal }) => {
      const { data } = await read(signal);
      if (data === undefined) {
        throw new Error(`The dashboard's ${name} came back empty.`);
      }
      return data;
    },
    staleTime: 60_000,
  });
}

export const dashboardQueries = {
  pipeline: figure("pipeline", (signal) => api.GET("/api/v1/dashboard/pipeline", { signal })),
  contractsByYear: figure("contracts-by-year", (signal) => api.GET("/api/v1/dashboard/contracts-by-year", { signal })),
  byRegion: figure("by-region", (signal) => api.GET("/api/v1/dashboard/by-region", { signal })),
  bySolution: figure("by-solution", (signal) => api.GET("/api/v1/dashboard/by-solution", { signal })),
  smeShare: figure("sme-share", (signal) => api.GET("/api/v1/dashboard/sme-share", { signal })),
};

export const usePipeline = () => useQuery(dashboardQueries.pipeline);
export const useContractsByYear = () => useQuery(dashboardQueries.contractsByYear);
export const useByRegion = () => useQuery(dashboardQueries.byRegion);
export const useBySolution = () => useQuery(dashboardQueries.bySolution);
export const useSmeShare = () => useQuery(dashboardQueries.smeShare);
