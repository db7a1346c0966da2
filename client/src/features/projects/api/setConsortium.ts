import { api, type Schema } from "../../../api/client";
import { ifMatch, type Project } from "./getProject";

export type SetConsortiumRequest = Schema<"SetConsortiumRequest">;
export type ConsortiumMemberInput = Schema<"ConsortiumMemberInput">;

/** PUT /api/v1/projects/{id}/consortium (SetConsortium): replaces the members. */
export async function setConsortium(id: string, version: number, body: SetConsortiumRequest): Promise<Project> {
  const { data } = await api.PUT("/api/v1/projects/{id}/consortium", {
    params: { path: { id }, header: { "If-Match": ifMatch(version) } },
    body,
  });
  if (!data) {
    throw new Error("PUT /api/v1/projects/{id}/consortium returned no body.");
  }
  return data;
}
