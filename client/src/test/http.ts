import { vi } from "vitest";

/** A JSON response as the API would send it. */
export function jsonResponse(body: unknown, init: ResponseInit & { contentType?: string } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "Content-Type": init.contentType ?? "application/json" },
  });
}

export type Handler = (request: Request) => Response | Promise<Response>;

/** Stubs globalThis.fetch with `handler`; the returned mock records the Requests it got. */
export function mockFetch(handler: Handler) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    return handler(request);
  });
  vi.stubGlobal("fetch", fetchMock);
  return { fetchMock, requests };
}
