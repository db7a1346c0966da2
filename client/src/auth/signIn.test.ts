import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { jsonResponse, mockFetch } from "../test/http";
import { resetOidcConfiguration } from "./config";
import { codeChallengeS256, StateMismatchError } from "./pkce";
import { getAccessToken, isSignedIn, refreshTokenKey, resetSession, storeTokens } from "./session";
import { beginSignIn, completeSignIn, signOut } from "./signIn";

const origin = window.location.origin;
const discovery = {
  issuer: `${origin}/`,
  authorization_endpoint: `${origin}/connect/authorize`,
  token_endpoint: `${origin}/connect/token`,
  end_session_endpoint: `${origin}/connect/logout`,
};

function server() {
  return mockFetch(async (request) => {
    if (request.url.endsWith("/.well-known/openid-configuration")) {
      return jsonResponse(discovery);
    }
    if (request.url === discovery.token_endpoint) {
      const form = new URLSearchParams(await request.text());
      return form.get("code") === "the-code"
        ? jsonResponse({ access_token: "access-1", refresh_token: "refresh-1", id_token: "id-1", expires_in: 3600 })
        : jsonResponse({ error: "invalid_grant", error_description: "bad code" }, { status: 400 });
    }
    return jsonResponse({}, { status: 404 });
  });
}

async function startSignIn(returnTo = "/projects?stage=Mou") {
  const navigate = vi.fn();
  await beginSignIn(returnTo, navigate);
  return new URL(navigate.mock.calls[0]?.[0] as string);
}

describe("sign-in with authorization code and PKCE", () => {
  beforeEach(() => {
    resetSession();
    resetOidcConfiguration();
  });
  afterEach(() => resetSession());

  it("sends the user to the authorization endpoint with an S256 challenge and a state", async () => {
    server();
    const url = await startSignIn();
    expect(url.origin + url.pathname).toBe(discovery.authorization_endpoint);
    const p = url.searchParams;
    expect(p.get("response_type")).toBe("code");
    expect(p.get("client_id")).toBe("egovexport-spa");
    expect(p.get("redirect_uri")).toBe(`${origin}/auth/callback`);
    expect(p.get("scope")).toBe("openid profile email roles offline_access");
    expect(p.get("code_challenge_method")).toBe("S256");
    expect(p.get("state")).toBeTruthy();
  });

  it("signs in at the agency's own provider when the API names one", async () => {
    const agency = "https://login.agency.example/realms/egov";
    const { requests } = mockFetch((request) => {
      if (request.url === `${origin}/auth/spa-config`) {
        return jsonResponse({ authority: `${agency}/`, clientId: "egov-spa-at-agency", scope: "openid profile egov-api" });
      }
      if (request.url === `${agency}/.well-known/openid-configuration`) {
        return jsonResponse({ issuer: agency, authorization_endpoint: `${agency}/auth`, token_endpoint: `${agency}/token` });
      }
      return jsonResponse({}, { status: 404 });
    });

    const url = await startSignIn();

    expect(url.origin + url.pathname).toBe(`${agency}/auth`);
    expect(url.searchParams.get("client_id")).toBe("egov-spa-at-agency");
    expect(url.searchParams.get("scope")).toBe("openid profile egov-api");
    expect(url.searchParams.get("redirect_uri")).toBe(`${origin}/auth/callback`);
    expect(requests.map((r) => r.url)).toEqual([`${origin}/auth/spa-config`, `${agency}/.well-known/openid-configuration`]);
  });

  it("refuses sign-in settings it cannot read rather than guessing", async () => {
    mockFetch((request) =>
      request.url.endsWith("/auth/spa-config") ? jsonResponse({ authority: "not a url", clientId: "" }) : jsonResponse({}, { status: 404 }),
    );
    await expect(startSignIn()).rejects.toThrow();
  });

  it("exchanges the code with the verifier and returns to where the user was", async () => {
    const { requests } = server();
    const authorize = await startSignIn();
    const state = authorize.searchParams.get("state");

    const returnTo = await completeSignIn(`${origin}/auth/callback?code=the-code&state=${state}`);

    expect(returnTo).toBe("/projects?stage=Mou");
    const tokenRequest = requests.find((r) => r.url === discovery.token_endpoint);
    const form = new URLSearchParams(await tokenRequest!.text());
    expect(form.get("grant_type")).toBe("authorization_code");
    expect(form.get("redirect_uri")).toBe(`${origin}/auth/callback`);
    await expect(codeChallengeS256(form.get("code_verifier")!)).resolves.toBe(
      authorize.searchParams.get("code_challenge"),
    );
    await expect(getAccessToken()).resolves.toBe("access-1");
    expect(sessionStorage.getItem(refreshTokenKey)).toBe("refresh-1");
  });

  it("refuses a callback whose state is not the one sent", async () => {
    const { requests } = server();
    await startSignIn();
    await expect(completeSignIn(`${origin}/auth/callback?code=the-code&state=forged`)).rejects.toBeInstanceOf(
      StateMismatchError,
    );
    expect(requests.some((r) => r.url === discovery.token_endpoint)).toBe(false);
    expect(isSignedIn()).toBe(false);
  });

  it("refuses a callback that replays a finished sign-in", async () => {
    server();
    const state = (await startSignIn()).searchParams.get("state");
    await completeSignIn(`${origin}/auth/callback?code=the-code&state=${state}`);
    await expect(completeSignIn(`${origin}/auth/callback?code=the-code&state=${state}`)).rejects.toBeInstanceOf(
      StateMismatchError,
    );
  });

  it("reports the server's error", async () => {
    server();
    await startSignIn();
    await expect(
      completeSignIn(`${origin}/auth/callback?error=access_denied&error_description=The+user+said+no`),
    ).rejects.toThrow("The user said no");
  });

  it("signs out at the end-session endpoint with the id token", async () => {
    server();
    storeTokens({ access_token: "a", refresh_token: "r", id_token: "id-9", expires_in: 3600 });
    const navigate = vi.fn();
    await signOut(navigate);
    const url = new URL(navigate.mock.calls[0]?.[0] as string);
    expect(url.origin + url.pathname).toBe(discovery.end_session_endpoint);
    expect(url.searchParams.get("id_token_hint")).toBe("id-9");
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe(`${origin}/`);
    expect(isSignedIn()).toBe(false);
  });
});
