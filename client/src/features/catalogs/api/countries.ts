import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import type { paths } from "../../../api/schema";
import { catalogsQueryKey, ifMatch, present } from "./common";

export type Country = Schema<"Country">;
export type CountryPage = Schema<"PagedResultCountry">;
export type CreateCountryRequest = Schema<"CreateCountryRequest">;
export type UpdateCountryRequest = Schema<"UpdateCountryRequest">;
export type ListCountriesQuery = NonNullable<paths["/api/v1/countries"]["get"]["parameters"]["query"]>;

export const countriesQueryKey = [...catalogsQueryKey, "countries"] as const;

/** GET /api/v1/countries (ListCountries). */
export async function listCountries(query: ListCountriesQuery, signal?: AbortSignal): Promise<CountryPage> {
  const { data } = await api.GET("/api/v1/countries", { params: { query }, signal });
  return present(data, "GET /api/v1/countries");
}

/** GET /api/v1/countries/{code} (GetCountry). */
export async function getCountry(code: string, signal?: AbortSignal): Promise<Country> {
  const { data } = await api.GET("/api/v1/countries/{code}", { params: { path: { code } }, signal });
  return present(data, "GET /api/v1/countries/{code}");
}

/** POST /api/v1/countries (CreateCountry). */
export async function createCountry(body: CreateCountryRequest): Promise<Country> {
  const { data } = await api.POST("/api/v1/countries", { body });
  return present(data, "POST /api/v1/countries");
}

/** PUT /api/v1/countries/{code} (UpdateCountry), checked against the version the editor saw. */
export async function updateCountry(code: string, version: number, body: UpdateCountryRequest): Promise<Country> {
  const { data } = await api.PUT("/api/v1/countries/{code}", {
    params: { path: { code }, header: { "If-Match": ifMatch(version) } },
    body,
  });
  return present(data, "PUT /api/v1/countries/{code}");
}

export function listCountriesQueryOptions(query: ListCountriesQuery) {
  return queryOptions({
    queryKey: [...countriesQueryKey, "list", query] as const,
    queryFn: ({ signal }) => listCountries(query, signal),
  });
}

export function countryQueryOptions(code: string) {
  return queryOptions({
    queryKey: [...countriesQueryKey, "one", code.toUpperCase()] as const,
    queryFn: ({ signal }) => getCountry(code, signal),
  });
}

export function useCountries(query: ListCountriesQuery) {
  return useQuery({ ...listCountriesQueryOptions(query), placeholderData: keepPreviousData });
}

export function useCountry(code: string) {
  return useQuery(countryQueryOptions(code));
}

export function useCreateCountry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCountry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: countriesQueryKey }),
  });
}

export function useUpdateCountry(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UpdateCountryRequest }) => updateCountry(code, version, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: countriesQueryKey }),
  });
}
