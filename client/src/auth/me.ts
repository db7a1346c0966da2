import { useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../api/client";

export type Me = Schema<"Me">;
export type Permission = Schema<"Permission">;

export const meQueryKey = ["me"] as const;

export async function getMe(signal?: AbortSignal): Promise<Me> {
  const { data } = await api.GET("/api/v1/me", { signal });
  if (!data) {
    throw new Error("GET /api/v1/me returned no body.");
  }
  return data;
}

/** Who is signed in, with the permissions the API grants them (GET /api/v1/me). */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
}

/** Whether `me` holds `permission`; false while nobody is known. */
export function can(me: Pick<Me, "permissions"> | undefined | null, permission: Permission): boolean {
  return me?.permissions?.includes(permission) ?? false;
}

/** `can` for the signed-in user. */
export function useCan(permission: Permission): boolean {
  const { data } = useMe();
  return can(data, permission);
}
