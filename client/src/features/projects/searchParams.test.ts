import { describe, expect, it } from "vitest";
import { parseProjectListSearch, toApiQuery, toSearchParams } from "./searchParams";

const parse = (query: string) => parseProjectListSearch(new URLSearchParams(query));

describe("projects list URL", () => {
  it("has defaults for an empty URL", () => {
    expect(parse("")).toEqual({ page: 1, pageSize: 25 });
    expect(toSearchParams(parse("")).toString()).toBe("");
  });

  it("falls back to defaults for values the API would refuse", () => {
    expect(parse("page=-3&pageSize=7&sort=-password&stage=Won&status=x&countryCode=KEN&q=%20%20")).toEqual({
      page: 1,
      pageSize: 25,
    });
  });

  it("round-trips a bookmarked view", () => {
    const query = "page=4&pageSize=50&sort=-estimatedValueUsd&stage=Mou&status=OnHold&countryCode=KE&q=tax";
    expect(toSearchParams(parse(query)).toString()).toBe(query);
    expect(parse("countryCode=ke").countryCode).toBe("KE");
  });

  it("maps to the API's parameter names", () => {
    expect(toApiQuery(parse("stage=Contract&q=pass"))).toEqual({ page: 1, pageSize: 25, stage: "Contract", q: "pass" });
  });
});
