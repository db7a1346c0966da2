import { describe, expect, it } from "vitest";
import { editPaths, editValuesOf, toUpdateRequest } from "../projectForm";
import { project } from "../test/fixtures";
import { fundingCoverage } from "./FundingSection";

describe("fundingCoverage", () => {
  it("is the funding total against the contract value, none before a contract", () => {
    expect(fundingCoverage(project({ fundingTotal: 500_000 }))).toBe(25);
    expect(fundingCoverage(project({ contract: undefined }))).toBeNull();
  });
});

describe("the edit form's values", () => {
  it("round-trip a project into an UpdateProjectRequest, empty optional fields as null", () => {
    const values = editValuesOf(project({ originalAmount: null, originalCurrency: null, expectedDecisionOn: null }));
    expect(Object.keys(values).sort()).toEqual([...editPaths].sort());
    expect(toUpdateRequest({ ...values, estimatedValueUsd: "1,500,000", probability: "42.4" })).toMatchObject({
      estimatedValueUsd: 1500000,
      probability: 42,
      originalAmount: null,
      originalCurrency: null,
      expectedDecisionOn: null,
    });
  });
});
