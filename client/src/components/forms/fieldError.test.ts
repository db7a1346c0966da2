import { describe, expect, it } from "vitest";
import { ApiProblem } from "../../api/problem";
import { fieldError, otherFieldErrors } from "./fieldError";

const problem = new ApiProblem(400, {
  title: "One or more validation errors occurred.",
  errors: { "consulting.plannedRounds": ["Must be at least 1."], Title: ["Required.", "Too short."], reason: ["Give a reason."] },
});

describe("fieldError", () => {
  it("finds a field's messages by JSON path, whatever the case", () => {
    expect(fieldError(problem, "consulting.plannedRounds")).toBe("Must be at least 1.");
    expect(fieldError(problem, "title")).toBe("Required. Too short.");
    expect(fieldError(problem, "tags")).toBeUndefined();
    expect(fieldError(new Error("network"), "title")).toBeUndefined();
  });

  it("lists the messages no field shows", () => {
    expect(otherFieldErrors(problem, ["title", "consulting.plannedRounds"])).toEqual(["Give a reason."]);
  });
});
