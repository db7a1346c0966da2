import AxeBuilder from "@axe-core/playwright";
import { expect, request, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

/** The first administrator the test command starts the API with. */
export const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? "admin@egovexport.local",
  password: process.env.E2E_ADMIN_PASSWORD ?? "",
};

/** Screenshots of every page go to test-artifacts/e2e at the repository's root. */
const artifacts = resolve(import.meta.dirname, "..", "..", "test-artifacts", "e2e");

export async function screenshot(page: Page, name: string) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: resolve(artifacts, `${name}.png`), fullPage: true });
}

/** Opens a page of the app and signs in on the API's sign-in page when asked to. */
export async function signIn(page: Page, path: string, email = admin.email, password = admin.password) {
  await page.goto(path);
  await page.waitForURL(/\/account\/login/);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === path);
}

/** axe finds no serious or critical violation on the page as it is. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    severe.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) at ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} — ${n.failureSummary ?? ""}`).join("; ")}`),
  ).toEqual([]);
}

/**
 * The API as the set-up client (scripts/e2e.sh configures "e2e-setup" with the admin scope), for
 * preparing data the test is not about: users, projects in a given stage.
 */
export async function setupApi(baseURL: string) {
  const context = await request.newContext({ baseURL });
  const tokenResponse = await context.post("/connect/token", {
    form: { grant_type: "client_credentials", client_id: "e2e-setup", client_secret: process.env.E2E_CLIENT_SECRET ?? "" },
  });
  expect(tokenResponse.ok(), await tokenResponse.text()).toBe(true);
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const headers = { Authorization: `Bearer ${token}` };

  async function call<T>(method: "GET" | "POST" | "PUT", path: string, body?: unknown, extra: Record<string, string> = {}) {
    const response = await context.fetch(path, { method, headers: { ...headers, ...extra }, data: body });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  return {
    get: <T>(path: string) => call<T>("GET", path),
    post: <T>(path: string, body: unknown, extra?: Record<string, string>) => call<T>("POST", path, body, extra),
    put: <T>(path: string, body: unknown, extra?: Record<string, string>) => call<T>("PUT", path, body, extra),
    dispose: () => context.dispose(),
  };
}

/** A user the test signs in as, created by the set-up client with a known password. */
export async function createUser(
  baseURL: string,
  user: { email: string; displayName: string; roles: string[]; organizationId?: string | null },
) {
  const password = `E2e-${Math.random().toString(36).slice(2, 10)}-Pw1`;
  const api = await setupApi(baseURL);
  try {
    await api.post("/api/v1/users", { ...user, password });
  } finally {
    await api.dispose();
  }
  return { email: user.email, password };
}
