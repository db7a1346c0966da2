import { problemFromResponse } from "../../../api/problem";
import { getAccessToken } from "../../../auth/session";
import type { paths } from "../../../api/schema";

/** The list's filters and sort, without paging: the query of GET /api/v1/projects/export. */
export type ExportProjectsQuery = NonNullable<paths["/api/v1/projects/export"]["get"]["parameters"]["query"]>;

/** GET /api/v1/projects/export (ExportProjects): the view as CSV, with the signed-in user's token. */
export async function exportProjects(query: ExportProjectsQuery, signal?: AbortSignal): Promise<Blob> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") {
      params.set(key, String(value));
    }
  }
  const token = await getAccessToken();
  const search = params.toString();
  const response = await globalThis.fetch(`/api/v1/projects/export${search ? `?${search}` : ""}`, {
    headers: { Accept: "text/csv", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    signal,
  });
  if (!response.ok) {
    throw await problemFromResponse(response);
  }
  return response.blob();
}

/** The download's file name for a day: projects-2026-11-23.csv (the local date). */
export function exportFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `projects-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}

/** Saves a blob as a file through an object URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
