import { z } from "zod";

/** The SPA as a client of an OpenID Connect server: the API's own unless /auth/spa-config names another. */
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
  /** Who the SPA is at that server: its client id and the scopes it asks for. */
  client: { clientId: string; scope: string };
}

/** What the API tells the SPA about signing in (GET /auth/spa-config); null authority: the API itself. */
const spaSettings = z.object({
  authority: z.string().url().nullable(),
  clientId: z.string().min(1),
  scope: z.string().min(1),
});

async function readSpaSettings(): Promise<z.infer<typeof spaSettings>> {
  const response = await globalThis.fetch("/auth/spa-config", { headers: { Accept: "application/json" } });
  if (response.status === 404) {
    // An API without the endpoint: its own server, with the SPA's registered client.
    return { authority: null, clientId: oidcClient.clientId, scope: oidcClient.scope };
  }
  if (!response.ok) {
    throw new Error(`The sign-in settings could not be read (HTTP ${response.status}).`);
  }
  return spaSettings.parse(await response.json());
}

let discovery: Promise<OidcConfiguration> | undefined;

/**
 * The sign-in server's discovery document with the SPA's client settings, fetched once per page load:
 * the API's own server, or an agency's provider when the API is configured with one (Auth:Mode External).
 */
export function getOidcConfiguration(): Promise<OidcConfiguration> {
  discovery ??= (async () => {
    const settings = await readSpaSettings();
    const base = settings.authority ? settings.authority.replace(/\/+$/, "") : "";
    const response = await globalThis.fetch(`${base}/.well-known/openid-configuration`, {
      headers: { Accept: "application/json" },
    });
    if (!response.ok) {
      throw new Error(`OpenID discovery failed with HTTP ${response.status}.`);
    }
    const document = (await response.json()) as Omit<OidcConfiguration, "client">;
    return { ...document, client: { clientId: settings.clientId, scope: settings.scope } };
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
