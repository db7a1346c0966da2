/** PKCE (RFC 7636) and state helpers: random values from crypto.getRandomValues, S256 from crypto.subtle. */

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A URL-safe random string of `byteLength` random bytes (32 bytes → 43 characters). */
export function randomToken(byteLength = 32): string {
  const bytes = new Uint8Array(byteLength);
  crypto.getRandomValues(bytes);
  return base64UrlEncode(bytes);
}

/** BASE64URL(SHA-256(ASCII(verifier))), the S256 code challenge. */
export async function codeChallengeS256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64UrlEncode(new Uint8Array(digest));
}

export interface PkcePair {
  verifier: string;
  challenge: string;
}

export async function createPkcePair(): Promise<PkcePair> {
  const verifier = randomToken(32);
  return { verifier, challenge: await codeChallengeS256(verifier) };
}

export class StateMismatchError extends Error {
  constructor() {
    super("The sign-in response does not belong to a sign-in started here (state mismatch).");
    this.name = "StateMismatchError";
  }
}

/** Throws unless the state returned by the server is the one this browser tab sent. */
export function checkState(expected: string | null | undefined, received: string | null | undefined): void {
  if (!expected || !received || !timingSafeEqual(expected, received)) {
    throw new StateMismatchError();
  }
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) {
    return false;
  }
  let difference = 0;
  for (let i = 0; i < a.length; i++) {
    difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  }
  return difference === 0;
}
