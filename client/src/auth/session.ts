import { getOidcConfiguration, oidcClient } from "./config";

/** What the token endpoint answers. */
export interface TokenResponse {
  access_token: string;
  token_type?: string;
  expires_in?: number;
  refresh_token?: string;
  id_token?: string;
}

interface Tokens {
  accessToken: string;
  expiresAt: number;
  idToken: string | undefined;
}

export const refreshTokenKey = "egovexport.auth.refreshToken";
const idTokenKey = "egovexport.auth.idToken";

/** The access token lives only in memory; the refresh token survives a reload in sessionStorage. */
let tokens: Tokens | null = null;
let inFlightRefresh: Promise<string | null> | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let version = 0;
const listeners = new Set<() => void>();

function notify(): void {
  version++;
  for (const listener of listeners) {
    listener();
  }
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever the session does: a snapshot for useSyncExternalStore. */
export function sessionVersion(): number {
  return version;
}

export function isSignedIn(): boolean {
  return tokens !== null || sessionStorage.getItem(refreshTokenKey) !== null;
}

export function currentIdToken(): string | undefined {
  return tokens?.idToken ?? sessionStorage.getItem(idTokenKey) ?? undefined;
}

export function storeTokens(response: TokenResponse, now = Date.now()): void {
  const lifetimeMs = (response.expires_in ?? 300) * 1000;
  tokens = {
    accessToken: response.access_token,
    expiresAt: now + lifetimeMs,
    idToken: response.id_token ?? currentIdToken(),
  };
  if (response.refresh_token) {
    sessionStorage.setItem(refreshTokenKey, response.refresh_token);
  }
  if (tokens.idToken) {
    sessionStorage.setItem(idTokenKey, tokens.idToken);
  }
  scheduleRefresh(lifetimeMs);
  notify();
}

/** Forgets the session. `announce: false` when the page is about to leave anyway (sign-out). */
export function clearTokens(announce = true): void {
  tokens = null;
  clearTimeout(refreshTimer);
  refreshTimer = undefined;
  sessionStorage.removeItem(refreshTokenKey);
  sessionStorage.removeItem(idTokenKey);
  if (announce) {
    notify();
  }
}

function scheduleRefresh(lifetimeMs: number): void {
  clearTimeout(refreshTimer);
  if (!sessionStorage.getItem(refreshTokenKey)) {
    return;
  }
  const delay = Math.max(lifetimeMs - oidcClient.refreshSkewMs, 5_000);
  refreshTimer = setTimeout(() => {
    void refreshTokens();
  }, delay);
}

/**
 * Exchanges the refresh token for new tokens. The server accepts a refresh token only once, so
 * every caller during a refresh shares the one request in flight.
 */
export function refreshTokens(): Promise<string | null> {
  inFlightRefresh ??= performRefresh().finally(() => {
    inFlightRefresh = null;
  });
  return inFlightRefresh;
}

async function performRefresh(): Promise<string | null> {
  const refreshToken = sessionStorage.getItem(refreshTokenKey);
  if (!refreshToken) {
    return null;
  }
  const configuration = await getOidcConfiguration();
  const response = await globalThis.fetch(configuration.token_endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: refreshToken,
      client_id: configuration.client.clientId,
    }),
  });
  if (!response.ok) {
    // The refresh token is spent or expired: the user signs in again.
    clearTokens();
    return null;
  }
  const body = (await response.json()) as TokenResponse;
  storeTokens(body);
  return body.access_token;
}

/** A valid access token, refreshed first when it is missing or about to expire; null when signed out. */
export async function getAccessToken(now = Date.now()): Promise<string | null> {
  if (tokens && tokens.expiresAt - now > oidcClient.refreshSkewMs) {
    return tokens.accessToken;
  }
  if (sessionStorage.getItem(refreshTokenKey)) {
    return refreshTokens();
  }
  return tokens && tokens.expiresAt > now ? tokens.accessToken : null;
}

/** For tests: back to a signed-out state without touching the network. */
export function resetSession(): void {
  inFlightRefresh = null;
  clearTokens(false);
}
