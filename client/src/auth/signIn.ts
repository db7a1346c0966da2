import { getOidcConfiguration, oidcClient, type OidcConfiguration } from "./config";
import { checkState, createPkcePair, randomToken } from "./pkce";
import { clearTokens, currentIdToken, storeTokens, type TokenResponse } from "./session";

const pendingKey = "egovexport.auth.pending";

interface PendingSignIn {
  state: string;
  verifier: string;
  returnTo: string;
}

export type Navigate = (url: string) => void;
/** Where leaving the SPA goes through; tests replace `assign`. */
export const browserNavigation = { assign: (url: string) => window.location.assign(url) };
const assignLocation: Navigate = (url) => browserNavigation.assign(url);

export class SignInError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "SignInError";
  }
}

export function authorizationUrl(
  configuration: OidcConfiguration,
  request: { state: string; challenge: string },
): string {
  const url = new URL(configuration.authorization_endpoint, window.location.origin);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: configuration.client.clientId,
    redirect_uri: oidcClient.redirectUri(),
    scope: configuration.client.scope,
    state: request.state,
    code_challenge: request.challenge,
    code_challenge_method: "S256",
  }).toString();
  return url.toString();
}

/** Starts the authorization code flow with PKCE: remembers state and verifier, then leaves for the server. */
export async function beginSignIn(
  returnTo = window.location.pathname + window.location.search,
  navigate: Navigate = assignLocation,
): Promise<void> {
  const configuration = await getOidcConfiguration();
  const { verifier, challenge } = await createPkcePair();
  const state = randomToken(16);
  const pending: PendingSignIn = { state, verifier, returnTo };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  navigate(authorizationUrl(configuration, { state, challenge }));
}

function takePending(): PendingSignIn | null {
  const raw = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  if (!raw) {
    return null;
  }
  try {
    return JSON.parse(raw) as PendingSignIn;
  } catch {
    return null;
  }
}

/**
 * Handles the redirect back to /auth/callback: checks the state, exchanges the code at the token
 * endpoint and keeps the tokens. Resolves with the path the user was on before signing in.
 */
export async function completeSignIn(callbackUrl: string): Promise<string> {
  const params = new URL(callbackUrl).searchParams;
  const pending = takePending();
  const error = params.get("error");
  if (error) {
    throw new SignInError(params.get("error_description") ?? error, error);
  }
  checkState(pending?.state, params.get("state"));
  const code = params.get("code");
  if (!code || !pending) {
    throw new SignInError("The sign-in response has no authorization code.");
  }

  const configuration = await getOidcConfiguration();
  const response = await globalThis.fetch(configuration.token_endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: oidcClient.redirectUri(),
      client_id: configuration.client.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string; error_description?: string };
    throw new SignInError(body.error_description ?? `Token request failed with HTTP ${response.status}.`, body.error);
  }
  storeTokens((await response.json()) as TokenResponse);
  return pending.returnTo.startsWith("/") && !pending.returnTo.startsWith("//") ? pending.returnTo : "/";
}

/** Forgets the tokens here and ends the session at the server (end_session_endpoint). */
export async function signOut(navigate: Navigate = assignLocation): Promise<void> {
  const idToken = currentIdToken();
  // Silently: the page leaves for the server next, and must not start a new sign-in meanwhile.
  clearTokens(false);
  const configuration = await getOidcConfiguration().catch(() => null);
  if (!configuration?.end_session_endpoint) {
    navigate(oidcClient.postLogoutRedirectUri());
    return;
  }
  const url = new URL(configuration.end_session_endpoint, window.location.origin);
  const params = new URLSearchParams({
    client_id: configuration.client.clientId,
    post_logout_redirect_uri: oidcClient.postLogoutRedirectUri(),
  });
  if (idToken) {
    params.set("id_token_hint", idToken);
  }
  url.search = params.toString();
  navigate(url.toString());
}

let redirecting: Promise<void> | null = null;

/** beginSignIn once per page, however many components ask (React's strict mode runs effects twice). */
export function beginSignInOnce(returnTo?: string): Promise<void> {
  redirecting ??= beginSignIn(returnTo).catch((error: unknown) => {
    redirecting = null;
    throw error;
  });
  return redirecting;
}

const completions = new Map<string, Promise<string>>();

/** completeSignIn once per callback URL: the state and code can be used only once. */
export function completeSignInOnce(callbackUrl: string): Promise<string> {
  let completion = completions.get(callbackUrl);
  if (!completion) {
    completion = completeSignIn(callbackUrl);
    completions.set(callbackUrl, completion);
  }
  return completion;
}
