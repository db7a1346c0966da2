import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import type { paths } from "../../../api/schema";

export type AuditEntry = Schema<"AuditEntry">;
export type ListAuditEntriesQuery = NonNullable<paths["/api/v1/audit"]["get"]["parameters"]["query"]>;

export const auditQueryKey = ["admin", "audit"] as const;

/** GET /api/v1/audit (ListAuditEntries). */
export function useAuditEntries(query: ListAuditEntriesQuery, enabled = true) {
  return useQuery({
    queryKey: [...auditQueryKey, "list", query] as const,
    queryFn: async ({ signal }) => {
      const { data } = await api.GET("/api/v1/audit", { params: { query }, signal });
      if (!data) {
        throw new Error("GET /api/v1/audit returned no body.");
      }
      return data;
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}
