import { api, type Schema } from "../../../api/client";
import { ifMatch, type Project } from "./getProject";

export type ChangeProjectStatusRequest = Schema<"ChangeProjectStatusRequest">;

/** POST /api/v1/projects/{id}/status (ChangeProjectStatus): hold, close or reopen. */
export async function changeProjectStatus(id: string, version: number, body: ChangeProjectStatusRequest): Promise<Project> {
  const { data } = await api.POST("/api/v1/projects/{id}/status", {
    params: { path: { id }, header: { "If-Match": ifMatch(version) } },
    body,
  });
  if (!data) {
    throw new Error("POST /api/v1/projects/{id}/status returned no body.");
  }
  return data;
}
