import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";

export type Country = Schema<"Country">;
export type Solution = Schema<"Solution">;
export type Organization = Schema<"Organization">;

/** Reference data changes rarely: kept for ten minutes. */
const staleTime = 10 * 60_000;

function body<T>(data: T | undefined, what: string): T {
  if (!data) {
    throw new Error(`${what} returned no body.`);
  }
  return data;
}

export const countriesQueryOptions = queryOptions({
  queryKey: ["board", "countries"] as const,
  queryFn: async ({ signal }) =>
    body((await api.GET("/api/v1/countries", { params: { query: { pageSize: 200, sort: "name" } }, signal })).data, "GET /api/v1/countries")
      .items,
  staleTime,
});

export const solutionsQueryOptions = queryOptions({
  queryKey: ["board", "solutions"] as const,
  queryFn: async ({ signal }) =>
    body((await api.GET("/api/v1/solutions", { params: { query: { pageSize: 200 } }, signal })).data, "GET /api/v1/solutions").items,
  staleTime,
});

function organizationsQueryOptions(kind: Schema<"OrganizationKind">) {
  return queryOptions({
    queryKey: ["board", "organizations", kind] as const,
    queryFn: async ({ signal }) =>
      body(
        (await api.GET("/api/v1/organizations", { params: { query: { kind, pageSize: 200 } }, signal })).data,
        "GET /api/v1/organizations",
      ).items,
    staleTime,
  });
}

/** Countries by name, for the country filter. */
export const useCountries = () => useQuery(countriesQueryOptions);
/** The solution catalog, for the solution filter. */
export const useSolutions = () => useQuery(solutionsQueryOptions);
/** Korean government agencies, for the lead agency filter. */
export const useLeadAgencies = () => useQuery(organizationsQueryOptions("KoreanGovernmentAgency"));
