import { expect, test, type Locator, type Page } from "@playwright/test";
import { createUser, expectAccessible, screenshot, setupApi, signIn } from "./support";
import type { components } from "../src/api/schema";

type Schemas = components["schemas"];
type Paged<T> = { items: T[] };

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A fresh Inquiry project, large enough to be on the first page of its column. */
async function createInquiryProject(baseURL: string, title: string): Promise<Schemas["Project"]> {
  const api = await setupApi(baseURL);
  try {
    const agencies = await api.get<Paged<Schemas["Organization"]>>("/api/v1/organizations?kind=KoreanGovernmentAgency&pageSize=1");
    const partners = await api.get<Paged<Schemas["Organization"]>>("/api/v1/organizations?kind=ForeignGovernmentBody&pageSize=1");
    const solutions = await api.get<Paged<Schemas["Solution"]>>("/api/v1/solutions?pageSize=1");
    return await api.post<Schemas["Project"]>("/api/v1/projects", {
      title,
      countryCode: "KE",
      leadAgencyId: agencies.items[0]!.id,
      solutionIds: [solutions.items[0]!.id],
      estimatedValueUsd: 987_000_000,
      inquiry: { channel: "Forum", receivedOn: isoDay(-30), requestingOrganizationId: partners.items[0]!.id },
    });
  } finally {
    await api.dispose();
  }
}

const column = (page: Page, stage: string) => page.getByRole("region", { name: stage, exact: true });

/** The card of `title`, wherever it is. */
const cardIn = (scope: Page | Locator, title: string) => scope.getByRole("article", { name: title });

test("an administrator moves a project by dragging and by the keyboard menu, filling each gate", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const title = `Board e2e ${Date.now()}`;
  const project = await createInquiryProject(baseURL!, title);

  await signIn(page, "/board");
  await expect(page.getByRole("heading", { level: 1, name: "Pipeline board" })).toBeVisible();
  const card = cardIn(column(page, "Inquiry"), title);
  await expect(card).toBeVisible();
  await expect(card.getByRole("link", { name: project.code })).toHaveAttribute("href", `/projects/${project.id}`);
  await expect(card).toContainText("Kenya");
  await expect(card).toContainText("$987,000,000");
  await screenshot(page, "board-en");
  await expectAccessible(page);

  // Inquiry → Consulting by dragging the card onto the Consulting column.
  // Dropped on the column's heading, which is in view (a drop target scrolled into view mid-drag cancels the drag).
  await card.dragTo(column(page, "Consulting"), { targetPosition: { x: 40, y: 12 } });
  const consulting = page.getByRole("dialog", { name: `Move ${project.code} to Consulting` });
  await expect(consulting).toBeVisible();
  await consulting.getByLabel(/Consulting type/).selectOption("MasterPlan");
  await consulting.getByLabel(/Cost borne by/).selectOption("Partner");
  await consulting.getByLabel(/Start date/).fill(isoDay(7));
  await consulting.getByLabel(/Reason \(optional\)/).fill("Master plan requested at the forum");
  await expectAccessible(page);
  await screenshot(page, "board-gate-consulting");

  // Planned rounds left empty: the API names the field, and the form keeps what was typed.
  await consulting.getByRole("button", { name: "Move to Consulting" }).click();
  const rounds = consulting.getByLabel(/Planned rounds/);
  await expect(rounds).toHaveAttribute("aria-invalid", "true");
  await expect(rounds).toHaveAccessibleDescription(/\S/);
  await expect(consulting.getByText("Check the highlighted fields")).toBeVisible();
  await expect(consulting.getByLabel(/Consulting type/)).toHaveValue("MasterPlan");
  await expect(consulting.getByLabel(/Start date/)).toHaveValue(isoDay(7));
  await screenshot(page, "board-gate-error");
  await expectAccessible(page);

  await rounds.fill("4");
  await consulting.getByRole("button", { name: "Move to Consulting" }).click();
  await expect(consulting).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `${project.code} moved to Consulting.` })).toBeAttached();
  await expect(cardIn(column(page, "Consulting"), title)).toBeVisible();
  await expect(cardIn(column(page, "Inquiry"), title)).toHaveCount(0);

  // Consulting → MOU with the keyboard only: the card's "Move to…" menu.
  const moved = cardIn(column(page, "Consulting"), title);
  await moved.getByRole("button", { name: /Move to…/ }).focus();
  await page.keyboard.press("Enter");
  const mouItem = page.getByRole("menuitem", { name: "MOU" });
  await expect(mouItem).toBeVisible();
  for (let i = 0; i < 5 && !(await mouItem.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(mouItem).toBeFocused();
  await page.keyboard.press("Enter");

  const mou = page.getByRole("dialog", { name: `Move ${project.code} to MOU` });
  await expect(mou).toBeVisible();
  await mou.getByLabel(/Korean signatory/).fill("Minister of the Interior and Safety");
  await mou.getByLabel(/Partner signatory/).fill("Cabinet Secretary for ICT");
  await mou.getByLabel(/Signed on/).fill(isoDay(-1));
  await mou.getByLabel(/Expires on/).fill(isoDay(3 * 365));
  await mou.getByLabel(/Scope/).fill("e-Government cooperation");
  await expectAccessible(page);
  await mou.getByRole("button", { name: "Move to MOU" }).click();
  await expect(mou).toBeHidden();
  await expect(cardIn(column(page, "MOU"), title)).toBeVisible();
  await expect(cardIn(column(page, "Consulting"), title)).toHaveCount(0);

  // The move is on record: the API has the project in MOU now.
  const api = await setupApi(baseURL!);
  try {
    const current = await api.get<Schemas["Project"]>(`/api/v1/projects/${project.id}`);
    expect(current.stage).toBe("Mou");
  } finally {
    await api.dispose();
  }
});

test("the board in Korean, and its filters in the URL", async ({ page }) => {
  await signIn(page, "/board");
  await page.getByLabel("Status").selectOption("any");
  await expect(page).toHaveURL(/status=any/);
  await page.getByLabel("Region").selectOption("ArabStates");
  await expect(page).toHaveURL(/region=ArabStates/);
  await expect(page.getByRole("link", { name: "EXP-2009-0001" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Region")).toHaveValue("ArabStates");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/board$/);

  await page.getByLabel("Language").selectOption("ko");
  await expect(page.getByRole("heading", { level: 1, name: "파이프라인 보드" })).toBeVisible();
  await expect(column(page, "문의")).toBeVisible();
  await expect(page.getByRole("article").first()).toBeVisible();
  // At 1280 px the five columns fit beside each other.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  const first = await column(page, "문의").boundingBox();
  const last = await column(page, "유지보수").boundingBox();
  expect(last!.x + last!.width).toBeLessThanOrEqual(1280);
  expect(last!.y).toBeCloseTo(first!.y, 0);
  await screenshot(page, "board-ko");
  await expectAccessible(page);
});

test("at 768 px the columns scroll sideways without overlapping", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await signIn(page, "/board");
  await expect(page.getByRole("article").first()).toBeVisible();
  const boxes = await Promise.all(
    ["Inquiry", "Consulting", "MOU", "Contract", "Maintenance"].map((stage) => column(page, stage).boundingBox()),
  );
  for (let i = 1; i < boxes.length; i++) {
    expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width);
  }
  // The page itself does not scroll sideways: only the board does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  await screenshot(page, "board-768");
  await expectAccessible(page);
});

test("an analyst sees the board without any way to move a project", async ({ page, baseURL }) => {
  const analyst = await createUser(baseURL!, { email: `analyst-${Date.now()}@example.org`, displayName: "Board Analyst", roles: ["Analyst"] });
  await signIn(page, "/board", analyst.email, analyst.password);
  const card = page.getByRole("article").first();
  await expect(card).toBeVisible();
  await expect(page.getByText("Board Analyst", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /Move to…/ })).toHaveCount(0);
  await expect(page.locator("article[draggable='true']")).toHaveCount(0);
});
