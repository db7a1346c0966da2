import { api, type Schema } from "../../../api/client";
import { ifMatch, type Project } from "./getProject";

export type UpdateProjectRequest = Schema<"UpdateProjectRequest">;

/** PUT /api/v1/projects/{id} (UpdateProject) against the version the user saw. */
export async function updateProject(id: string, version: number, body: UpdateProjectRequest): Promise<Project> {
  const { data } = await api.PUT("/api/v1/projects/{id}", {
    params: { path: { id }, header: { "If-Match": ifMatch(version) } },
    body,
  });
  if (!data) {
    throw new Error("PUT /api/v1/projects/{id} returned no body.");
  }
  return data;
}
