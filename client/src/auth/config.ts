/** The SPA as a client of the API's own OpenID Connect server. */
export const oidcClient = {
  clientId: "egovexport-spa",
  scope: "openid profile email roles offline_access",
  redirectUri: () => `${window.location.origin}/auth/callback`,
  postLogoutRedirectUri: () => `${window.location.origin}/`,
  /** Refresh this long before the access token expires. */
  refreshSkewMs: 60_000,
} as const;

export interface OidcConfiguration {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
  userinfo_endpoint?: string;
}

let discovery: Promise<OidcConfiguration> | undefined;

/** The server's discovery document, fetched once per page load. */
export function getOidcConfiguration(): Promise<OidcConfiguration> {
  discovery ??= (async () => {
    const response = await globalThis.fetch("/.well-known/openid-configuration", {
      headers: { Accept: "application/json" },
    });
    if (!response.ok) {
      throw new Error(`OpenID discovery failed with HTTP ${response.status}.`);
    }
    return (await response.json()) as OidcConfiguration;
  })();
  discovery.catch(() => {
    discovery = undefined;
  });
  return discovery;
}

/** For tests: forget the cached discovery document. */
export function resetOidcConfiguration(): void {
  discovery = undefined;
}
