import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";

export type ApiClient = Schema<"ApiClient">;
export type ApiClientWithSecret = Schema<"ApiClientWithSecret">;
export type CreateApiClientRequest = Schema<"CreateApiClientRequest">;

/** The scopes a client can be given (Scopes.All in the API). */
export const apiClientScopes = ["projects:read", "projects:write", "catalog:write", "audit:read", "admin"] as const;
export type ApiClientScope = (typeof apiClientScopes)[number];

export const apiClientsQueryKey = ["admin", "apiClients"] as const;

/** GET /api/v1/api-clients (ListApiClients). */
export function useApiClients(page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: [...apiClientsQueryKey, "list", { page, pageSize }] as const,
    queryFn: async ({ signal }) => {
      const { data } = await api.GET("/api/v1/api-clients", { params: { query: { page, pageSize } }, signal });
      if (!data) {
        throw new Error("GET /api/v1/api-clients returned no body.");
      }
      return data;
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** POST /api/v1/api-clients (CreateApiClient): the answer is the only one that shows the secret. */
export function useCreateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: CreateApiClientRequest) => {
      const { data } = await api.POST("/api/v1/api-clients", { body: request });
      if (!data) {
        throw new Error("POST /api/v1/api-clients returned no body.");
      }
      return data;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsQueryKey }),
  });
}

/** POST /api/v1/api-clients/{clientId}/secret (RotateApiClientSecret): the new secret, once. */
export function useRotateApiClientSecret() {
  return useMutation({
    mutationFn: async (clientId: string) => {
      const { data } = await api.POST("/api/v1/api-clients/{clientId}/secret", { params: { path: { clientId } } });
      if (!data) {
        throw new Error("POST /api/v1/api-clients/{clientId}/secret returned no body.");
      }
      return data;
    },
  });
}

/** DELETE /api/v1/api-clients/{clientId} (RevokeApiClient): deletes the client and its tokens. */
export function useRevokeApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (clientId: string) => {
      await api.DELETE("/api/v1/api-clients/{clientId}", { params: { path: { clientId } } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiClientsQueryKey }),
  });
}
