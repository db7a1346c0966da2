import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { jsonResponse, mockFetch } from "../test/http";
import { resetOidcConfiguration } from "./config";
import { getAccessToken, isSignedIn, refreshTokenKey, refreshTokens, resetSession, storeTokens } from "./session";

const discovery = {
  issuer: "http://localhost:3000/",
  authorization_endpoint: "http://localhost:3000/connect/authorize",
  token_endpoint: "http://localhost:3000/connect/token",
  end_session_endpoint: "http://localhost:3000/connect/logout",
};

/** A token endpoint that, like the real one, accepts each refresh token once. */
function oneTimeRefreshServer() {
  let issued = 0;
  const used = new Set<string>();
  return mockFetch(async (request) => {
    if (request.url.endsWith("/auth/spa-config")) {
      return jsonResponse({ authority: null, clientId: "egovexport-spa", scope: "openid offline_access" });
    }
    if (request.url.endsWith("/.well-known/openid-configuration")) {
      return jsonResponse(discovery);
    }
    const form = new URLSearchParams(await request.text());
    const token = form.get("refresh_token") ?? "";
    if (form.get("grant_type") !== "refresh_token" || used.has(token)) {
      return jsonResponse({ error: "invalid_grant" }, { status: 400 });
    }
    used.add(token);
    issued++;
    return jsonResponse({ access_token: `access-${issued}`, refresh_token: `refresh-${issued}`, expires_in: 3600 });
  });
}

describe("token session", () => {
  beforeEach(() => {
    resetSession();
    resetOidcConfiguration();
  });
  afterEach(() => resetSession());

  it("keeps the access token in memory and only the refresh token in sessionStorage", () => {
    storeTokens({ access_token: "access-0", refresh_token: "refresh-0", expires_in: 3600 });
    expect(sessionStorage.getItem(refreshTokenKey)).toBe("refresh-0");
    expect(JSON.stringify(sessionStorage)).not.toContain("access-0");
    expect(isSignedIn()).toBe(true);
  });

  it("returns the current token without refreshing while it is fresh", async () => {
    const { fetchMock } = oneTimeRefreshServer();
    storeTokens({ access_token: "access-0", refresh_token: "refresh-0", expires_in: 3600 });
    await expect(getAccessToken()).resolves.toBe("access-0");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("refreshes shortly before expiry", async () => {
    oneTimeRefreshServer();
    const now = Date.now();
    storeTokens({ access_token: "access-0", refresh_token: "refresh-0", expires_in: 30 }, now);
    await expect(getAccessToken(now)).resolves.toBe("access-1");
    expect(sessionStorage.getItem(refreshTokenKey)).toBe("refresh-1");
  });

  it("shares one refresh among concurrent callers", async () => {
    const { requests } = oneTimeRefreshServer();
    sessionStorage.setItem(refreshTokenKey, "refresh-0");

    const tokens = await Promise.all([getAccessToken(), getAccessToken(), refreshTokens(), getAccessToken()]);

    expect(tokens).toEqual(["access-1", "access-1", "access-1", "access-1"]);
    const tokenRequests = requests.filter((r) => r.url.endsWith("/connect/token"));
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]?.method).toBe("POST");
    expect(tokenRequests[0]?.headers.get("content-type")).toContain("application/x-www-form-urlencoded");
  });

  it("starts a new refresh after the previous one finished", async () => {
    const { requests } = oneTimeRefreshServer();
    sessionStorage.setItem(refreshTokenKey, "refresh-0");
    await expect(refreshTokens()).resolves.toBe("access-1");
    await expect(refreshTokens()).resolves.toBe("access-2");
    expect(requests.filter((r) => r.url.endsWith("/connect/token"))).toHaveLength(2);
  });

  it("signs out when the refresh token is refused", async () => {
    mockFetch((request) =>
      request.url.endsWith("/.well-known/openid-configuration")
        ? jsonResponse(discovery)
        : request.url.endsWith("/auth/spa-config")
          ? jsonResponse({}, { status: 404 })
          : jsonResponse({ error: "invalid_grant" }, { status: 400 }),
    );
    sessionStorage.setItem(refreshTokenKey, "spent");
    await expect(getAccessToken()).resolves.toBeNull();
    expect(isSignedIn()).toBe(false);
  });

  it("has no token when nobody signed in", async () => {
    const { fetchMock } = mockFetch(() => jsonResponse({}));
    await expect(getAccessToken()).resolves.toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
