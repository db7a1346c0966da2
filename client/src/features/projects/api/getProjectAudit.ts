import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, type Schema } from "../../../api/client";
import { projectsQueryKey } from "./listProjects";

export type AuditEntry = Schema<"AuditEntry">;
export type AuditPage = Schema<"PagedResultAuditEntry">;

export interface ProjectAuditQuery {
  page: number;
  pageSize: number;
  sort?: string;
}

/** GET /api/v1/projects/{id}/audit (GetProjectAudit): the project's changes, newest first. */
export async function getProjectAudit(id: string, query: ProjectAuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  const { data } = await api.GET("/api/v1/projects/{id}/audit", { params: { path: { id }, query }, signal });
  if (!data) {
    throw new Error("GET /api/v1/projects/{id}/audit returned no body.");
  }
  return data;
}

export function useProjectAudit(id: string, query: ProjectAuditQuery) {
  return useQuery({
    queryKey: [...projectsQueryKey, "audit", id, query],
    queryFn: ({ signal }) => getProjectAudit(id, query, signal),
    placeholderData: keepPreviousData,
  });
}
