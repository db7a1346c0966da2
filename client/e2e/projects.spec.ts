import { expect, test } from "@playwright/test";
import { expectAccessible, screenshot, signIn } from "./support";

test("an administrator signs in on the API's page and sees the sample projects", async ({ page }) => {
  await signIn(page, "/projects");

  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "EXP-2009-0001" })).toContainText("Kuwait");
  await expect(page.getByText(/Projects found: \d+/)).toBeVisible();
  await screenshot(page, "projects-en");
  await expectAccessible(page);
});

test("the projects page follows the language, with Korean text and formatting", async ({ page }) => {
  await signIn(page, "/projects");
  await page.getByLabel("Language").selectOption("ko");

  await expect(page.getByRole("heading", { name: "프로젝트", level: 1 })).toBeVisible();
  await expect(page.getByText(/검색 결과: \d+건/)).toBeVisible();
  await screenshot(page, "projects-ko");
  await expectAccessible(page);

  // The choice is remembered.
  await page.reload();
  await expect(page.getByRole("heading", { name: "프로젝트", level: 1 })).toBeVisible();
});

test("a filter is kept in the URL, so the view can be bookmarked", async ({ page }) => {
  await signIn(page, "/projects");
  await page.getByLabel("Stage").selectOption("Consulting");

  await expect(page).toHaveURL(/stage=Consulting/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "EXP-2009-0001" })).toBeVisible();
  await expect(rows.filter({ hasText: "EXP-2013-0002" })).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel("Stage")).toHaveValue("Consulting");
});

test("on a 768 px tablet the navigation folds behind a menu button, leaving the page the whole width", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1000 });
  await signIn(page, "/projects");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(page.getByRole("table")).toBeVisible();
  // Folded: slid out of the viewport, the page starting at the left edge.
  await expect(nav.getByRole("link", { name: "Board", exact: true })).not.toBeInViewport();
  expect((await page.getByRole("heading", { name: "Projects", level: 1 }).boundingBox())!.x).toBeLessThan(40);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  await screenshot(page, "projects-768");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Toggle navigation" }).click();
  await expect(nav.getByRole("link", { name: "Board", exact: true })).toBeInViewport();
  await nav.getByRole("link", { name: "Board", exact: true }).click();
  await expect(page).toHaveURL(/\/board$/);
  await expect(page.getByRole("heading", { name: "Pipeline board", level: 1 })).toBeVisible();
  // Choosing a section folds the navigation again.
  await expect(nav.getByRole("link", { name: "Board", exact: true })).not.toBeInViewport();
});
