import type { Schema } from "../../api/client";
import { jsonResponse, mockFetch } from "../../test/http";

/** Test data and a fake API for the admin pages' tests. */

export const samsung: Schema<"Organization"> = {
  id: "0b6a3c1e-3f0e-4a7c-9d55-000000000001",
  name: "Samsung SDS",
  nameKo: "삼성SDS",
  kind: "KoreanCompany",
  countryCode: "KR",
  size: "Large",
  version: 1,
};

export const nia: Schema<"Organization"> = {
  id: "0b6a3c1e-3f0e-4a7c-9d55-000000000002",
  name: "National Information Society Agency (NIA)",
  nameKo: null,
  kind: "KoreanGovernmentAgency",
  countryCode: "KR",
  version: 1,
};

export function me(permissions: Schema<"Permission">[]): Schema<"Me"> {
  return { kind: "User", id: "me", name: "Admin", displayName: "Admin", roles: ["Administrator"], scopes: [], permissions };
}

export const adminMe = me(["ReadProjects", "Administer", "ReadAudit", "ManageOwnAccount"]);
export const analystMe = { ...me(["ReadProjects", "ReadAudit", "ManageOwnAccount"]), roles: ["Analyst"] } satisfies Schema<"Me">;

export function page<T>(items: T[], totalCount = items.length) {
  return { items, page: 1, pageSize: 25, totalCount };
}

export function problem(status: number, body: Record<string, unknown>) {
  return jsonResponse({ status, ...body }, { status, contentType: "application/problem+json" });
}

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * Answers requests by "METHOD /path" (with "{x}" for a path segment); /me and /organizations have
 * defaults. Anything else is a 404.
 */
export function serveApi(handlers: Record<string, Handler>, who: Schema<"Me"> = adminMe) {
  const routes: [RegExp, Handler][] = Object.entries({
    "GET /api/v1/me": () => jsonResponse(who),
    "GET /api/v1/organizations": () => jsonResponse({ ...page([samsung, nia]), pageSize: 100 }),
    ...handlers,
  }).map(([key, handler]) => [new RegExp(`^${key.replace(/\{[^}]+\}/g, "[^/]+")}$`), handler]);
  const mock = mockFetch((request) => {
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const handler = [...routes].reverse().find(([pattern]) => pattern.test(key))?.[1];
    return handler ? handler(request) : problem(404, { title: "Not found", detail: key });
  });
  const to = (method: string, path: string | RegExp) =>
    mock.requests.filter((r) => r.method === method && (typeof path === "string" ? new URL(r.url).pathname === path : path.test(new URL(r.url).pathname)));
  return { ...mock, to };
}

export const query = (request: Request | undefined) => Object.fromEntries(new URL(request!.url).searchParams);
