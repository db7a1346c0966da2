import type { Schema } from "../api/client";
import { moveOptionsFor } from "./moveOptions";

type ProjectSummary = Schema<"ProjectSummary">;

/** A row of the projects list (GET /api/v1/projects and a country's projects). */
export function projectSummary(overrides: Partial<ProjectSummary>): ProjectSummary {
  return {
    id: crypto.randomUUID(),
    code: "EXP-2026-0001",
    title: "e-Procurement for Kenya",
    countryCode: "KE",
    leadAgencyId: crypto.randomUUID(),
    estimatedValueUsd: 12_500_000,
    probability: 50,
    stage: "Mou",
    status: "Active",
    stageEnteredAt: "2026-03-01T00:00:00Z",
    expectedDecisionOn: "2026-09-30",
    createdAt: "2026-01-10T00:00:00Z",
    updatedAt: "2026-03-01T00:00:00Z",
    version: 3,
    canEdit: true,
    moveOptions: moveOptionsFor(overrides.stage ?? "Mou", overrides.status ?? "Active"),
    statusOptions: [],
    ...overrides,
  };
}
