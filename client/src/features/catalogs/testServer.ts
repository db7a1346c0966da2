import { jsonResponse, mockFetch } from "../../test/http";
import type { Schema } from "../../api/client";

type Reply = { status?: number; body: unknown } | ((request: Request) => { status?: number; body: unknown } | Promise<{ status?: number; body: unknown }>);

/**
 * A fake API for the catalog pages' tests: answers by "METHOD /path" (query ignored), 404 otherwise,
 * and signs in a user with `permissions` (an administrator's by default).
 */
export function catalogServer(replies: Record<string, Reply>, permissions: Schema<"Permission">[] = ["ReadCatalog", "WriteCatalog"]) {
  const all: Record<string, Reply> = {
    "GET /api/v1/me": {
      body: {
        kind: "User",
        id: "u1",
        name: "Admin",
        roles: ["Administrator"],
        scopes: [],
        organizationId: null,
        permissions,
      },
    },
    ...replies,
  };
  return mockFetch(async (request) => {
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const reply = all[key];
    if (!reply) {
      return jsonResponse({ status: 404, title: "Not Found" }, { status: 404, contentType: "application/problem+json" });
    }
    const { status = 200, body } = typeof reply === "function" ? await reply(request) : reply;
    return jsonResponse(body, { status, contentType: status >= 400 ? "application/problem+json" : "application/json" });
  });
}

/** The requests sent to one path, by method. */
export function sent(requests: Request[], method: string, pathname: string): Request[] {
  return requests.filter((r) => r.method === method && new URL(r.url).pathname === pathname);
}

export const apiQuery = (request: Request | undefined) => Object.fromEntries(new URL(request!.url).searchParams);

export function page<T>(items: T[], totalCount = items.length) {
  return { items, page: 1, pageSize: 25, totalCount };
}

/** Loads every lazy page once, so the first test of a file does not wait for the transform. */
export async function preloadPages() {
  await Promise.all([
    import("./routes/CatalogsLayout"),
    import("./routes/CountriesPage"),
    import("./routes/CountryPage"),
    import("./routes/CountryFormPage"),
    import("./routes/OrganizationsPage"),
    import("./routes/OrganizationPage"),
    import("./routes/OrganizationFormPage"),
    import("./routes/SolutionsPage"),
    import("./routes/SolutionPage"),
    import("./routes/SolutionFormPage"),
  ]);
}
