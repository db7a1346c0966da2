import { api, type Schema } from "../../../api/client";
import type { Project } from "./getProject";

export type CreateProjectRequest = Schema<"CreateProjectRequest">;

/** POST /api/v1/projects (CreateProject): a new project in the Inquiry stage. */
export async function createProject(body: CreateProjectRequest): Promise<Project> {
  const { data } = await api.POST("/api/v1/projects", { body });
  if (!data) {
    throw new Error("POST /api/v1/projects returned no body.");
  }
  return data;
}
