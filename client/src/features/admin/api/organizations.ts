import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import { useFormat } from "../../../i18n/format";

export type Organization = Schema<"Organization">;

/** GET /api/v1/organizations?pageSize=100: every organization, for pickers and name lookups. */
export const organizationsQueryOptions = queryOptions({
  queryKey: ["admin", "organizations"] as const,
  queryFn: async ({ signal }) => {
    const { data } = await api.GET("/api/v1/organizations", { params: { query: { pageSize: 100, sort: "name" } }, signal });
    if (!data) {
      throw new Error("GET /api/v1/organizations returned no body.");
    }
    return data.items;
  },
  staleTime: 5 * 60_000,
});

export function useOrganizations(enabled = true) {
  return useQuery({ ...organizationsQueryOptions, enabled });
}

/** An organization's name in the language shown (the Korean name when there is one). */
export function organizationName(organization: Organization, language: string): string {
  return language.startsWith("ko") && organization.nameKo ? organization.nameKo : organization.name;
}

/** A lookup from an organization's id to its name in the language shown (the id while the list loads). */
export function useOrganizationNames(organizations: readonly Organization[] | undefined): (id: string) => string {
  const { language } = useFormat();
  return (id) => {
    const organization = organizations?.find((o) => o.id === id);
    return organization ? organizationName(organization, language) : id;
  };
}
