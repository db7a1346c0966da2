import { expect, test, type Locator, type Page } from "@playwright/test";
import { createUser, expectAccessible, screenshot, setupApi, signIn } from "./support";

/**
 * The finish line: a person who never sees Swagger takes a project from inquiry to maintenance
 * in the browser — as an agency officer, on the pages a new user would use — and a company member sees
 * only what their company takes part in.
 */

const nia = "01a2008d-7401-7ed9-ae61-0e51814fbe8e";
const samsungSds = "Samsung SDS";
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Picks an option of a searchable select by typing part of its label. */
async function choose(scope: Page | Locator, label: RegExp, search: string, option: RegExp) {
  const page = "page" in scope ? scope.page() : scope;
  const input = scope.getByRole("textbox", { name: label }).or(scope.getByRole("combobox", { name: label })).first();
  await input.click();
  await input.fill(search);
  await page.getByRole("option", { name: option }).first().click();
}

const column = (page: Page, stage: string) => page.getByRole("region", { name: stage, exact: true });
const card = (scope: Page | Locator, title: string) => scope.getByRole("article", { name: title });

/** Opens the card's "Move to…" menu with the keyboard and picks the stage. */
async function moveWithMenu(page: Page, title: string, from: string, to: string) {
  await card(column(page, from), title).getByRole("button", { name: /Move to…/ }).click();
  await page.getByRole("menuitem", { name: to, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: new RegExp(`to ${to}$`) });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function submitMove(page: Page, dialog: Locator, title: string, to: string) {
  await dialog.getByRole("button", { name: `Move to ${to}` }).click();
  await expect(dialog).toBeHidden();
  await expect(card(column(page, to), title)).toBeVisible();
}

test("an agency officer opens a project and takes it through all five stages in the browser", async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const officer = await createUser(baseURL!, {
    email: `walk-officer-${Date.now()}@nia.example`,
    displayName: "Walk Officer",
    roles: ["AgencyOfficer"],
    organizationId: nia,
  });
  const title = `Uzbekistan e-Customs ${Date.now().toString(36)}`;

  // Inquiry: the new-project form.
  await signIn(page, "/projects/new", officer.email, officer.password);
  await expect(page.getByText("Walk Officer", { exact: true })).toBeVisible();
  await page.getByRole("textbox", { name: /^Title/ }).fill(title);
  await choose(page, /^Country/, "Uzbek", /^Uzbekistan/);
  await choose(page, /^Lead agency/, "NIA", /National Information Society Agency/);
  await page.getByRole("textbox", { name: /^Estimated value/ }).fill("6500000");
  await page.getByLabel(/^Inquiry channel/).selectOption("Embassy");
  await choose(page, /^Requesting organization/, "State Committee", /State Committee for Communication/);
  const areas = page.getByRole("textbox", { name: /^Requested areas/ }).or(page.getByRole("combobox", { name: /^Requested areas/ })).first();
  await areas.fill("electronic customs clearance");
  await areas.press("Enter");
  await page.getByLabel(/^Inquiry received/).fill(isoDay(-14));
  await page.getByRole("button", { name: "Create project" }).click();
  await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
  const projectPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Overview" })).toContainText("Walk Officer");

  // What the contract gate will need: a consortium with the prime contractor, and funding for the value.
  const consortium = page.getByRole("region", { name: "Consortium" });
  await consortium.getByRole("button", { name: "Edit consortium" }).click();
  await consortium.getByRole("button", { name: "Add member" }).click();
  const member = consortium.getByRole("group", { name: "Member 1" });
  await choose(member, /^Company/, "Samsung", /Samsung SDS/);
  await member.getByLabel(/^Role/).selectOption("Prime");
  await member.getByRole("textbox", { name: /^Share/ }).fill("100");
  await consortium.getByRole("button", { name: "Save" }).click();
  await expect(consortium.getByRole("table", { name: "Consortium members" })).toContainText(samsungSds);
  const funding = page.getByRole("region", { name: "Funding" });
  await funding.getByRole("button", { name: "Edit funding" }).click();
  await funding.getByRole("button", { name: "Add source" }).click();
  const source = funding.getByRole("group", { name: "Funding source 1" });
  await source.getByLabel(/^Source/).selectOption("Edcf");
  await source.getByRole("textbox", { name: /^Amount/ }).fill("6000000");
  await funding.getByRole("button", { name: "Save" }).click();
  await expect(funding.getByText("Funding total: $6,000,000")).toBeVisible();

  // The board, narrowed to the country so the card is on its column's first page.
  await page.goto("/board?countryCode=UZ");
  await expect(card(column(page, "Inquiry"), title)).toBeVisible();
  // The filter from the URL shows as chosen (Uzbekistan is near the end of the 195 countries).
  await expect(page.getByRole("textbox", { name: "Country" }).or(page.getByRole("combobox", { name: "Country" })).first()).toHaveValue("Uzbekistan");

  const consulting = await moveWithMenu(page, title, "Inquiry", "Consulting");
  await consulting.getByLabel(/Consulting type/).selectOption("FeasibilityStudy");
  await consulting.getByLabel(/Planned rounds/).fill("3");
  await consulting.getByLabel(/Cost borne by/).selectOption("Korea");
  await consulting.getByLabel(/Start date/).fill(isoDay(-10));
  await submitMove(page, consulting, title, "Consulting");

  const mou = await moveWithMenu(page, title, "Consulting", "MOU");
  await mou.getByLabel(/Korean signatory/).fill("Commissioner of the Korea Customs Service");
  await mou.getByLabel(/Partner signatory/).fill("Chairman of the State Customs Committee");
  await mou.getByLabel(/Signed on/).fill(isoDay(-8));
  await mou.getByLabel(/Scope/).fill("Electronic customs cooperation");
  await mou.getByLabel(/Expires on/).fill(isoDay(3 * 365));
  await submitMove(page, mou, title, "MOU");

  const contract = await moveWithMenu(page, title, "MOU", "Contract");
  await contract.getByLabel(/Contract number/).fill(`UZ-CUS-${Date.now().toString(36)}`);
  await contract.getByLabel(/Signed on/).fill(isoDay(-6));
  await contract.getByLabel(/Contract value/).fill("5500000");
  await contract.getByLabel(/Currency/).selectOption("USD");
  await choose(contract, /Prime contractor/, "Samsung", /Samsung SDS/);
  await contract.getByLabel(/Start date/).fill(isoDay(-5));
  await contract.getByLabel(/End date/).fill(isoDay(365));
  await screenshot(page, "walk-contract-gate");
  await expectAccessible(page);
  await submitMove(page, contract, title, "Contract");

  const maintenance = await moveWithMenu(page, title, "Contract", "Maintenance");
  await maintenance.getByLabel(/Delivery accepted on/).fill(isoDay(-1));
  await maintenance.getByLabel(/Support ends on/).fill(isoDay(3 * 365));
  await maintenance.getByLabel(/Annual maintenance value/).fill("400000");
  await submitMove(page, maintenance, title, "Maintenance");
  await screenshot(page, "walk-board-maintenance");

  // The project's timeline holds every move with the officer's name.
  await page.goto(projectPath);
  const timeline = page.getByRole("region", { name: "Stage timeline" });
  for (const stage of ["Consulting", "MOU", "Contract", "Maintenance"]) {
    await expect(timeline).toContainText(stage);
  }
  await expect(timeline).toContainText(officer.email);
  await expect(page.getByRole("region", { name: "Funding" })).toContainText("Covers 109.1% of the contract value of $5,500,000");
  await screenshot(page, "walk-project-maintenance");
  await expectAccessible(page);
});

test("a company member sees only their consortium's projects, and the rest only as figures", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const api = await setupApi(baseURL!);
  const titles = { ours: `Ours ${Date.now().toString(36)}`, rival: `Rival ${Date.now().toString(36)}` };
  let companyId = "";
  try {
    const companies = await api.get<{ items: { id: string; name: string; size: string | null }[] }>(
      "/api/v1/organizations?kind=KoreanCompany&pageSize=100",
    );
    const company = companies.items.find((c) => c.name.includes("Handysoft")) ?? companies.items[0]!;
    companyId = company.id;
    const partners = await api.get<{ items: { id: string }[] }>("/api/v1/organizations?kind=ForeignGovernmentBody&countryCode=UZ");
    for (const title of [titles.ours, titles.rival]) {
      const project = await api.post<{ id: string; version: number }>("/api/v1/projects", {
        title,
        countryCode: "UZ",
        leadAgencyId: nia,
        solutionIds: [],
        estimatedValueUsd: 1_000_000,
        inquiry: { channel: "Forum", receivedOn: isoDay(-3), requestingOrganizationId: partners.items[0]!.id, requestedAreas: ["e-government"] },
      });
      if (title === titles.ours) {
        await api.put(
          `/api/v1/projects/${project.id}/consortium`,
          { members: [{ organizationId: company.id, role: "Prime", sharePercent: 100 }] },
          { "If-Match": `"${project.version}"` },
        );
      }
    }
  } finally {
    await api.dispose();
  }
  const member = await createUser(baseURL!, {
    email: `member-${Date.now()}@company.example`,
    displayName: "Company Member",
    roles: ["CompanyMember"],
    organizationId: companyId,
  });

  await signIn(page, "/projects", member.email, member.password);
  const table = page.getByRole("table");
  await expect(table.getByRole("row").filter({ hasText: titles.ours })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: titles.rival })).toHaveCount(0);
  await expect(table.getByRole("row").filter({ hasText: "EXP-2009-0001" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New project" })).toHaveCount(0);
  await screenshot(page, "member-projects");
  await expectAccessible(page);

  await page.goto("/board?countryCode=UZ");
  await expect(card(page, titles.ours)).toBeVisible();
  await expect(card(page, titles.rival)).toHaveCount(0);

  // The dashboard still counts every open project, the rival's included.
  await page.goto("/dashboard");
  const headlines = page.getByRole("region", { name: "Headline figures" });
  await expect(headlines.getByText(/^\d+$/).first()).toBeVisible();
  const open = Number(await headlines.getByText(/^\d+$/).first().textContent());
  expect(open).toBeGreaterThan(1);
  await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
  await screenshot(page, "member-dashboard");
});
