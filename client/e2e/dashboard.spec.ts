import { expect, test } from "@playwright/test";
import { expectAccessible, screenshot, signIn } from "./support";

test("the dashboard draws its charts from the API's figures, in either language", async ({ page }) => {
  await signIn(page, "/dashboard");

  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  const headlines = page.getByRole("region", { name: "Headline figures" });
  await expect(headlines.getByText(/^\$[\d.]+[KMB]$/).first()).toBeVisible();
  for (const title of [
    "Open projects by stage",
    "Pipeline value and weighted forecast by stage",
    "Contracted value per year",
    "Open pipeline by region",
    "Open pipeline by solution",
    "SME share of contracted value",
  ]) {
    const figure = page.getByRole("figure", { name: title });
    // Each chart is drawn: an SVG with at least one bar, line or slice.
    await expect(figure.locator(".recharts-rectangle, .recharts-line-curve, .recharts-sector").first()).toBeVisible();
  }

  // The seeded contracts and the official record meet in the yearly figures.
  const byYear = page.getByRole("figure", { name: "Contracted value per year" });
  await byYear.getByText("Show the figures").click();
  await expect(byYear.getByRole("row").filter({ hasText: "2010" })).toContainText("$");
  await screenshot(page, "dashboard-en");
  await expectAccessible(page);

  await page.getByLabel("Language").selectOption("ko");
  await expect(page.getByRole("heading", { name: "대시보드", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "주요 지표" }).getByText(/^US\$[\d.]+(만|억)$/).first()).toBeVisible();
  await screenshot(page, "dashboard-ko");
  await expectAccessible(page);
});
