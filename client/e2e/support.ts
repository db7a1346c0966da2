import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
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
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}
