import { useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";

export type Country = Schema<"Country">;
export type Organization = Schema<"Organization">;
export type Solution = Schema<"Solution">;
export type OrganizationKind = Schema<"OrganizationKind">;

/** Every country (GET /api/v1/countries, sorted by name, page after page of 100). */
export async function listAllCountries(signal?: AbortSignal): Promise<Country[]> {
  const countries: Country[] = [];
  for (let page = 1; ; page++) {
    const { data } = await api.GET("/api/v1/countries", { params: { query: { page, pageSize: 100, sort: "name" } }, signal });
    if (!data) {
      throw new Error("GET /api/v1/countries returned no body.");
    }
    countries.push(...data.items);
    if (data.items.length === 0 || countries.length >= data.totalCount) {
      return countries;
    }
  }
}

/** Organizations (GET /api/v1/organizations?pageSize=100), of one kind or all. */
export async function listOrganizations(kind: OrganizationKind | undefined, signal?: AbortSignal): Promise<Organization[]> {
  const { data } = await api.GET("/api/v1/organizations", {
    params: { query: { pageSize: 100, ...(kind && { kind }) } },
    signal,
  });
  if (!data) {
    throw new Error("GET /api/v1/organizations returned no body.");
  }
  return data.items;
}

/** The solution catalog (GET /api/v1/solutions?pageSize=100). */
export async function listSolutions(signal?: AbortSignal): Promise<Solution[]> {
  const { data } = await api.GET("/api/v1/solutions", { params: { query: { pageSize: 100 } }, signal });
  if (!data) {
    throw new Error("GET /api/v1/solutions returned no body.");
  }
  return data.items;
}

const referenceStaleTime = 10 * 60_000;

export function useCountries() {
  return useQuery({ queryKey: ["reference", "countries"], queryFn: ({ signal }) => listAllCountries(signal), staleTime: referenceStaleTime });
}

export function useOrganizations(kind?: OrganizationKind) {
  return useQuery({
    queryKey: ["reference", "organizations", kind ?? "all"],
    queryFn: ({ signal }) => listOrganizations(kind, signal),
    staleTime: referenceStaleTime,
  });
}

export function useSolutions() {
  return useQuery({ queryKey: ["reference", "solutions"], queryFn: ({ signal }) => listSolutions(signal), staleTime: referenceStaleTime });
}

/** A name in the language shown, falling back to the English one. */
export function localName(item: { name: string; nameKo?: string | null }, language: string): string {
  return language === "ko" && item.nameKo ? item.nameKo : item.name;
}

/** Looks up names by id; an unknown id shows as itself. */
export function nameLookup(items: readonly { id: string; name: string; nameKo?: string | null }[] | undefined, language: string) {
  const byId = new Map((items ?? []).map((item) => [item.id, localName(item, language)]));
  return (id: string | null | undefined) => (id ? (byId.get(id) ?? id) : "—");
}
