import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, screenshot, setupApi, signIn } from "./support";

async function showCatalog(page: Page, name: "Countries" | "Organizations" | "Solutions") {
  await page.getByRole("navigation", { name: "Catalogs" }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
}

test("an administrator browses the countries and opens one with its seeded projects", async ({ page }) => {
  await signIn(page, "/catalogs");
  await expect(page).toHaveURL(/\/catalogs\/countries$/);

  // Countries: the list, then one country with its seeded projects.
  const countries = page.getByRole("table", { name: "Countries in this view" });
  await expect(countries.getByRole("row").filter({ hasText: "Andorra" })).toBeVisible();
  await expect(page.getByText(/Found: 19\d/)).toBeVisible();
  await screenshot(page, "catalogs-countries-en");
  await expectAccessible(page);

  await page.getByLabel("Region").selectOption("ArabStates");
  await expect(page).toHaveURL(/region=ArabStates/);
  await page.getByLabel("Search code or name").fill("Kuw");
  await page.getByLabel("Search code or name").press("Enter");
  await expect(page).toHaveURL(/q=Kuw/);
  await expect(countries.getByRole("row")).toHaveCount(2);
  await countries.getByRole("link", { name: "Kuwait" }).click();

  await expect(page.getByRole("heading", { name: "Kuwait (KW)", level: 2 })).toBeVisible();
  const projects = page.getByRole("table", { name: "Export projects with this country" });
  await expect(projects.getByRole("link", { name: "EXP-2009-0001" })).toBeVisible();
  await expect(projects).toContainText("Kuwait informatization policy consulting");
  await screenshot(page, "catalogs-country-en");
  await expectAccessible(page);
});

test("the country page and the countries list in Korean", async ({ page }) => {
  await signIn(page, "/catalogs/countries/KW");
  await page.getByLabel("Language").selectOption("ko");
  await expect(page.getByRole("heading", { name: "쿠웨이트 (KW)", level: 2 })).toBeVisible();
  const projects = page.getByRole("table", { name: "이 국가와의 수출 사업" });
  await expect(projects.getByRole("link", { name: "EXP-2009-0001" })).toBeVisible();
  await expect(projects).toContainText("컨설팅");
  await screenshot(page, "catalogs-country-ko");
  await expectAccessible(page);

  await page.getByRole("link", { name: "전체 국가" }).click();
  await expect(page.getByRole("table", { name: "이 화면의 국가" }).getByRole("link", { name: "안도라" })).toBeVisible();
  await screenshot(page, "catalogs-countries-ko");
  await expectAccessible(page);
  await page.getByLabel("언어").selectOption("en");
  await expect(page.getByRole("heading", { name: "Catalogs", level: 1 })).toBeVisible();
});

test("an administrator browses the organizations and opens one", async ({ page }) => {
  await signIn(page, "/catalogs/countries");
  await showCatalog(page, "Organizations");
  await page.getByLabel("Kind").selectOption("KoreanGovernmentAgency");
  await expect(page).toHaveURL(/kind=KoreanGovernmentAgency/);
  const organizations = page.getByRole("table", { name: "Organizations in this view" });
  await expect(organizations.getByRole("row").nth(1)).toContainText("Korean government agency");
  await screenshot(page, "catalogs-organizations-en");
  await expectAccessible(page);
  const first = organizations.getByRole("row").nth(1).getByRole("link");
  const name = (await first.textContent()) ?? "";
  await first.click();
  await expect(page.getByRole("heading", { name, exact: true, level: 2 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toBeVisible();
  await expect(page.getByText("Korean government agency")).toBeVisible();
  await screenshot(page, "catalogs-organization-en");
  await expectAccessible(page);
});

test("an administrator browses the solutions and opens one with its agency and the countries it went to", async ({ page }) => {
  await signIn(page, "/catalogs/countries");
  await showCatalog(page, "Solutions");
  const solutions = page.getByRole("table", { name: "Solutions in this view" });
  await expect(solutions.getByRole("row").filter({ hasText: "KONEPS" })).toBeVisible();
  await screenshot(page, "catalogs-solutions-en");
  await expectAccessible(page);
  await solutions.getByRole("row").filter({ hasText: "KONEPS" }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: /KONEPS/, level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Exported to", level: 3 })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Countries this solution was exported to" }).or(page.getByText("Not exported to any country yet.")),
  ).toBeVisible();
  await expect(page.getByRole("status")).toHaveCount(0);
  await screenshot(page, "catalogs-solution-en");
  await expectAccessible(page);

  // The form to add one: the owning agency is chosen among the Korean government agencies.
  await page.getByRole("link", { name: "All solutions" }).click();
  await page.getByRole("link", { name: "New solution" }).click();
  await expect(page.getByRole("heading", { name: "New solution", level: 2 })).toBeVisible();
  await expect(page.getByLabel("Owning agency").locator("option", { hasText: "Public Procurement Service" })).toHaveCount(1);
  await screenshot(page, "catalogs-solution-form");
  await expectAccessible(page);
});

test("an administrator creates an organization after the API refuses a size for a non-company", async ({ page }) => {
  await signIn(page, "/catalogs/organizations");
  await page.getByRole("link", { name: "New organization" }).click();
  await expect(page.getByRole("heading", { name: "New organization", level: 2 })).toBeVisible();

  await page.getByLabel("Name in English").fill("Kenya ICT Authority");
  await page.getByLabel("Name in Korean").fill("케냐 ICT 청");
  await page.getByLabel("Country code").fill("KE");
  await page.getByLabel("Kind").selectOption("KoreanCompany");
  await page.getByLabel("Company size").selectOption("Large");
  await page.getByLabel("Kind").selectOption("ForeignGovernmentBody");
  await page.getByRole("button", { name: "Create" }).click();

  // The API's message stands beside the size, and nothing typed is lost.
  const size = page.getByLabel("Company size");
  await expect(size).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/applies only to organizations of kind KoreanCompany/)).toBeVisible();
  await expect(page.getByLabel("Name in English")).toHaveValue("Kenya ICT Authority");
  await expect(page.getByLabel("Country code")).toHaveValue("KE");
  await screenshot(page, "catalogs-organization-form-error");
  await expectAccessible(page);

  await size.selectOption("");
  await expect(page.getByLabel("Company size")).toHaveCount(0);
  await page.getByRole("button", { name: "Create" }).click();

  await expect(page).toHaveURL(/\/catalogs\/organizations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Kenya ICT Authority", level: 2 })).toBeVisible();
  await expect(page.getByText("Foreign government body")).toBeVisible();
  await expectAccessible(page);
});

test("an administrator edits a country, and reapplies the edit after someone else's change", async ({ page, baseURL }) => {
  // Tuvalu: a country no other test relies on.
  await signIn(page, "/catalogs/countries/TV");
  await expect(page.getByRole("heading", { name: "Tuvalu (TV)", level: 2 })).toBeVisible();
  await page.getByRole("link", { name: "Edit" }).click();

  const name = page.getByLabel("Name in English");
  await expect(name).toHaveValue("Tuvalu");
  await expect(page.getByLabel("ISO alpha-2 code")).toBeDisabled();
  await screenshot(page, "catalogs-country-form");
  await expectAccessible(page);

  // Meanwhile someone else changes the Korean name.
  const api = await setupApi(baseURL!);
  const current = await api.get<{ alpha3: string; name: string; region: string; version: number }>("/api/v1/countries/TV");
  await api.put(
    "/api/v1/countries/TV",
    { alpha3: current.alpha3, name: current.name, nameKo: "투발루 제도", region: current.region },
    { "If-Match": `"${current.version}"` },
  );
  await api.dispose();

  await name.fill("Tuvalu Islands");
  await page.getByRole("button", { name: "Save" }).click();
  const dialog = page.getByRole("dialog", { name: "Someone else changed this record" });
  await expect(dialog.getByRole("table", { name: "What they changed" })).toContainText("투발루 제도");
  await expect(dialog).toContainText("Tuvalu Islands");
  await screenshot(page, "catalogs-country-conflict");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Reload and reapply my changes" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(name).toHaveValue("Tuvalu Islands");
  await expect(page.getByLabel("Name in Korean")).toHaveValue("투발루 제도");
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page).toHaveURL(/\/catalogs\/countries\/TV$/);
  await expect(page.getByRole("heading", { name: "Tuvalu Islands (TV)", level: 2 })).toBeVisible();
  await expect(page.getByText("투발루 제도")).toBeVisible();
  await expect(page.getByText("Asia-Pacific")).toBeVisible();
});
