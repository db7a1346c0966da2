import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import type { paths } from "../../../api/schema";

export type User = Schema<"User">;
export type UserPage = Schema<"PagedResultUser">;
export type CreatedUser = Schema<"CreatedUser">;
export type CreateUserRequest = Schema<"CreateUserRequest">;
export type UpdateUserRequest = Schema<"UpdateUserRequest">;
export type ListUsersQuery = NonNullable<paths["/api/v1/users"]["get"]["parameters"]["query"]>;

export const usersQueryKey = ["admin", "users"] as const;

/** The ETag the API expects in If-Match for a record at `version`. */
export const ifMatch = (version: number) => `"${version}"`;

function body<T>(data: T | undefined, what: string): T {
  if (data === undefined) {
    throw new Error(`${what} returned no body.`);
  }
  return data;
}

/** GET /api/v1/users (ListUsers). */
export function listUsersQueryOptions(query: ListUsersQuery) {
  return queryOptions({
    queryKey: [...usersQueryKey, "list", query] as const,
    queryFn: async ({ signal }) => body((await api.GET("/api/v1/users", { params: { query }, signal })).data, "GET /api/v1/users"),
  });
}

export function useUsers(query: ListUsersQuery, enabled = true) {
  return useQuery({ ...listUsersQueryOptions(query), placeholderData: keepPreviousData, enabled });
}

/** GET /api/v1/users/{id} (GetUser): the current record, e.g. after a 412. */
export async function getUser(id: string, signal?: AbortSignal): Promise<User> {
  return body((await api.GET("/api/v1/users/{id}", { params: { path: { id } }, signal })).data, "GET /api/v1/users/{id}");
}

/** POST /api/v1/users (CreateUser). */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: CreateUserRequest) => body((await api.POST("/api/v1/users", { body: request })).data, "POST /api/v1/users"),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

/** PUT /api/v1/users/{id} (UpdateUser) with If-Match. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, request }: { id: string; version: number; request: UpdateUserRequest }) =>
      body(
        (await api.PUT("/api/v1/users/{id}", { params: { path: { id }, header: { "If-Match": ifMatch(version) } }, body: request })).data,
        "PUT /api/v1/users/{id}",
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

/** POST /api/v1/users/{id}/disabled (SetUserDisabled) with If-Match. */
export function useSetUserDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ user, disabled }: { user: User; disabled: boolean }) =>
      body(
        (
          await api.POST("/api/v1/users/{id}/disabled", {
            params: { path: { id: user.id }, header: { "If-Match": ifMatch(user.version) } },
            body: { disabled },
          })
        ).data,
        "POST /api/v1/users/{id}/disabled",
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

/** POST /api/v1/users/{id}/unlock (UnlockUser) with If-Match. */
export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (user: User) =>
      body(
        (await api.POST("/api/v1/users/{id}/unlock", { params: { path: { id: user.id }, header: { "If-Match": ifMatch(user.version) } } }))
          .data,
        "POST /api/v1/users/{id}/unlock",
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

/** Whether the user is locked out now (after repeated failed sign-ins). */
export function isLockedOut(user: Pick<User, "lockedOutUntil">, now = Date.now()): boolean {
  return !!user.lockedOutUntil && new Date(user.lockedOutUntil).getTime() > now;
}
