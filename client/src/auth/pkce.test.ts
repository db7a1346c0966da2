import { describe, expect, it } from "vitest";
import { base64UrlEncode, checkState, codeChallengeS256, createPkcePair, randomToken, StateMismatchError } from "./pkce";

describe("PKCE helpers", () => {
  it("computes the S256 challenge of RFC 7636's example verifier", async () => {
    // RFC 7636, appendix B.
    await expect(codeChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).resolves.toBe(
      "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    );
  });

  it("encodes base64url without padding or unsafe characters", () => {
    expect(base64UrlEncode(new Uint8Array([251, 255, 191]))).toBe("-_-_");
    expect(base64UrlEncode(new Uint8Array([1]))).toBe("AQ");
  });

  it("makes random verifiers of allowed length and alphabet, different each time", () => {
    const a = randomToken();
    const b = randomToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it("pairs a verifier with its challenge", async () => {
    const { verifier, challenge } = await createPkcePair();
    expect(verifier.length).toBeGreaterThanOrEqual(43);
    await expect(codeChallengeS256(verifier)).resolves.toBe(challenge);
  });
});

describe("checkState", () => {
  it("accepts the state that was sent", () => {
    expect(() => checkState("abc123", "abc123")).not.toThrow();
  });

  it.each([
    ["a different state", "abc123", "abc124"],
    ["no state returned", "abc123", null],
    ["no sign-in started here", null, "abc123"],
    ["different lengths", "abc", "abcd"],
  ])("rejects %s", (_, expected, received) => {
    expect(() => checkState(expected, received)).toThrow(StateMismatchError);
  });
});
