import { afterEach, describe, expect, it } from "vitest";
import { resetSession, storeTokens } from "../auth/session";
import { jsonResponse, mockFetch } from "../test/http";
import { api } from "./client";
import { ApiProblem } from "./problem";

function problem(status: number, body: object) {
  return mockFetch(() => jsonResponse({ status, ...body }, { status, contentType: "application/problem+json" }));
}

describe("API client", () => {
  afterEach(() => resetSession());

  it("calls the API on the same origin with the bearer token", async () => {
    storeTokens({ access_token: "token-1", expires_in: 3600 });
    const { requests } = mockFetch(() =>
      jsonResponse({ kind: "User", id: "u1", name: "Kim", roles: [], scopes: [], permissions: ["ReadProjects"] }),
    );

    const { data } = await api.GET("/api/v1/me");

    expect(data?.name).toBe("Kim");
    expect(new URL(requests[0]!.url).pathname).toBe("/api/v1/me");
    expect(new URL(requests[0]!.url).origin).toBe(window.location.origin);
    expect(requests[0]!.headers.get("authorization")).toBe("Bearer token-1");
  });

  it("sends no Authorization header when nobody is signed in", async () => {
    const { requests } = mockFetch(() => jsonResponse({ items: [], page: 1, pageSize: 25, totalCount: 0 }));
    await api.GET("/api/v1/projects");
    expect(requests[0]!.headers.has("authorization")).toBe(false);
  });

  it("turns a validation problem into an ApiProblem with errors by JSON path", async () => {
    problem(400, {
      title: "Invalid request",
      detail: "consulting.plannedRounds: must be at least 1",
      errors: { "consulting.plannedRounds": ["must be at least 1"] },
    });
    const error = await api.GET("/api/v1/projects").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    const p = error as ApiProblem;
    expect(p.status).toBe(400);
    expect(p.title).toBe("Invalid request");
    expect(p.fieldErrors("consulting.plannedRounds")).toEqual(["must be at least 1"]);
  });

  it("keeps the current version of a 412 and the rule of a 409", async () => {
    problem(412, { title: "Changed by someone else", currentVersion: 7 });
    const stale = (await api.GET("/api/v1/me").catch((e: unknown) => e)) as ApiProblem;
    expect(stale.currentVersion).toBe(7);

    problem(409, { title: "The record's state does not allow this", rule: "ContractMustBeCoveredByFunding" });
    const rule = (await api.GET("/api/v1/me").catch((e: unknown) => e)) as ApiProblem;
    expect(rule.status).toBe(409);
    expect(rule.rule).toBe("ContractMustBeCoveredByFunding");
  });

  it("describes a failure without a problem body by its status", async () => {
    mockFetch(() => new Response(null, { status: 401, statusText: "Unauthorized" }));
    const error = (await api.GET("/api/v1/me").catch((e: unknown) => e)) as ApiProblem;
    expect(error.status).toBe(401);
    expect(error.title).toBe("Unauthorized");
    expect(error.errors).toEqual({});
  });
});
