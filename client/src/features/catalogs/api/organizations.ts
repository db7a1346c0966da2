import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import type { paths } from "../../../api/schema";
import { catalogsQueryKey, ifMatch, maxPageSize, present } from "./common";

export type Organization = Schema<"Organization">;
export type OrganizationPage = Schema<"PagedResultOrganization">;
export type CreateOrganizationRequest = Schema<"CreateOrganizationRequest">;
export type UpdateOrganizationRequest = Schema<"UpdateOrganizationRequest">;
export type ListOrganizationsQuery = NonNullable<paths["/api/v1/organizations"]["get"]["parameters"]["query"]>;

export const organizationsQueryKey = [...catalogsQueryKey, "organizations"] as const;

/** GET /api/v1/organizations (ListOrganizations). */
export async function listOrganizations(query: ListOrganizationsQuery, signal?: AbortSignal): Promise<OrganizationPage> {
  const { data } = await api.GET("/api/v1/organizations", { params: { query }, signal });
  return present(data, "GET /api/v1/organizations");
}

/** GET /api/v1/organizations/{id} (GetOrganization). */
export async function getOrganization(id: string, signal?: AbortSignal): Promise<Organization> {
  const { data } = await api.GET("/api/v1/organizations/{id}", { params: { path: { id } }, signal });
  return present(data, "GET /api/v1/organizations/{id}");
}

/** POST /api/v1/organizations (CreateOrganization). */
export async function createOrganization(body: CreateOrganizationRequest): Promise<Organization> {
  const { data } = await api.POST("/api/v1/organizations", { body });
  return present(data, "POST /api/v1/organizations");
}

/** PUT /api/v1/organizations/{id} (UpdateOrganization), checked against the version the editor saw. */
export async function updateOrganization(id: string, version: number, body: UpdateOrganizationRequest): Promise<Organization> {
  const { data } = await api.PUT("/api/v1/organizations/{id}", {
    params: { path: { id }, header: { "If-Match": ifMatch(version) } },
    body,
  });
  return present(data, "PUT /api/v1/organizations/{id}");
}

export function listOrganizationsQueryOptions(query: ListOrganizationsQuery) {
  return queryOptions({
    queryKey: [...organizationsQueryKey, "list", query] as const,
    queryFn: ({ signal }) => listOrganizations(query, signal),
  });
}

export function organizationQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...organizationsQueryKey, "one", id] as const,
    queryFn: ({ signal }) => getOrganization(id, signal),
  });
}

export function useOrganizations(query: ListOrganizationsQuery) {
  return useQuery({ ...listOrganizationsQueryOptions(query), placeholderData: keepPreviousData });
}

export function useOrganization(id: string | null | undefined) {
  return useQuery({ ...organizationQueryOptions(id ?? ""), enabled: Boolean(id) });
}

/** The Korean government agencies, to choose a solution's owning agency from. */
export function useAgencies() {
  return useQuery({
    ...listOrganizationsQueryOptions({ kind: "KoreanGovernmentAgency", pageSize: maxPageSize, sort: "name" }),
    staleTime: 60_000,
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationsQueryKey }),
  });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UpdateOrganizationRequest }) => updateOrganization(id, version, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationsQueryKey }),
  });
}
