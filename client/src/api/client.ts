import createClient, { type Middleware } from "openapi-fetch";
import { getAccessToken } from "../auth/session";
import { problemFromResponse } from "./problem";
import type { components, paths } from "./schema";

/** Schemas from the generated API document, by name: `Schema<"ProjectSummary">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/** Adds the signed-in user's access token (refreshed first when it is about to expire). */
export const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const token = await getAccessToken();
    if (token) {
      request.headers.set("Authorization", `Bearer ${token}`);
    }
    return request;
  },
};

/** Turns every RFC 9457 problem (any non-2xx answer) into a thrown, typed {@link ApiProblem}. */
export const problemMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) {
      throw await problemFromResponse(response);
    }
    return response;
  },
};

/** The one client of the API: same origin, typed by the generated `paths`. */
export const api = createClient<paths>({
  baseUrl: "",
  // Looked up at call time so tests can stub globalThis.fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authMiddleware, problemMiddleware);
