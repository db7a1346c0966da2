import { api, type Schema } from "../../../api/client";
import { ifMatch, type Project } from "./getProject";

export type SetFundingRequest = Schema<"SetFundingRequest">;
export type FundingSourceInput = Schema<"FundingSourceInput">;

/** PUT /api/v1/projects/{id}/funding (SetFunding): replaces the funding sources. */
export async function setFunding(id: string, version: number, body: SetFundingRequest): Promise<Project> {
  const { data } = await api.PUT("/api/v1/projects/{id}/funding", {
    params: { path: { id }, header: { "If-Match": ifMatch(version) } },
    body,
  });
  if (!data) {
    throw new Error("PUT /api/v1/projects/{id}/funding returned no body.");
  }
  return data;
}
