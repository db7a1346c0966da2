import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectAccessible, screenshot, setupApi, signIn } from "./support";

/** Picks an option of a searchable Mantine Select by typing part of its label. */
async function choose(page: Page, label: string | RegExp, search: string, option: string | RegExp) {
  const input = page.getByRole("textbox", { name: label }).or(page.getByRole("combobox", { name: label })).first();
  await input.click();
  await input.fill(search);
  await page.getByRole("option", { name: option }).first().click();
}

interface ProjectBody {
  id: string;
  title: string;
  countryCode: string;
  leadAgencyId: string;
  solutionIds: string[];
  estimatedValueUsd: number;
  expectedDecisionOn: string | null;
  probability: number;
  tags: string[];
  originalAmount: number | null;
  originalCurrency: string | null;
  followsProjectId: string | null;
  version: number;
}

test("an administrator creates, edits, resolves a conflict, sets consortium and funding, closes and reopens a project", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const title = `Mongolia e-Procurement ${Date.now().toString(36)}`;

  // The new-project form.
  await signIn(page, "/projects/new");
  await expect(page.getByRole("heading", { name: "New project", level: 1 })).toBeVisible();
  await page.getByRole("textbox", { name: /^Title/ }).fill(title);
  await choose(page, /^Country/, "Mongol", /^Mongolia/);
  await choose(page, /^Lead agency/, "NIA", /National Information Society Agency/);
  await page.getByRole("textbox", { name: /^Estimated value/ }).fill("4200000");
  await page.getByLabel(/^Inquiry channel/).selectOption("DelegationVisit");
  await choose(page, /^Requesting organization/, "ICTPA", /ICTPA/);
  const areas = page.getByRole("textbox", { name: /^Requested areas/ }).or(page.getByRole("combobox", { name: /^Requested areas/ })).first();
  await areas.fill("e-procurement");
  await areas.press("Enter");
  // A date in the future first: the API refuses it and says so beside the field.
  await page.getByLabel(/^Inquiry received/).fill("2099-01-01");
  await screenshot(page, "project-new");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByLabel(/^Inquiry received/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/in the future/)).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Title/ })).toHaveValue(title);
  await screenshot(page, "project-new-error");
  await page.getByLabel(/^Inquiry received/).fill("2026-11-02");
  await page.getByRole("button", { name: "Create project" }).click();

  // The detail page.
  await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
  const projectId = page.url().split("/").at(-1)!;
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const overview = page.getByRole("region", { name: "Overview" });
  await expect(overview).toContainText("Mongolia");
  await expect(overview).toContainText("$4,200,000");
  await expect(page.getByRole("region", { name: "Stage timeline" })).toContainText("Opened in Inquiry");
  await screenshot(page, "project-detail");
  await expectAccessible(page);

  // An edit.
  await overview.getByRole("button", { name: "Edit project" }).click();
  await page.getByRole("textbox", { name: /^Title/ }).fill(`${title} (edited)`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: `${title} (edited)`, level: 1 })).toBeVisible();

  // A conflict: someone else saves between loading the form and saving it.
  await overview.getByRole("button", { name: "Edit project" }).click();
  await page.getByRole("textbox", { name: /^Estimated value/ }).fill("5000000");
  const api = await setupApi(baseURL!);
  try {
    const current = await api.get<ProjectBody>(`/api/v1/projects/${projectId}`);
    const { id: _id, version, ...fields } = current;
    await api.put(
      `/api/v1/projects/${projectId}`,
      {
        title: `${title} (renamed by a colleague)`,
        countryCode: fields.countryCode,
        leadAgencyId: fields.leadAgencyId,
        solutionIds: fields.solutionIds,
        estimatedValueUsd: fields.estimatedValueUsd,
        expectedDecisionOn: fields.expectedDecisionOn,
        probability: fields.probability,
        tags: ["colleague"],
        originalAmount: fields.originalAmount,
        originalCurrency: fields.originalCurrency,
        followsProjectId: fields.followsProjectId,
      },
      { "If-Match": `"${version}"` },
    );
  } finally {
    await api.dispose();
  }
  await page.getByRole("button", { name: "Save" }).click();
  const dialog = page.getByRole("dialog", { name: "Someone else changed this record" });
  await expect(dialog).toBeVisible();
  const theirChanges = dialog.getByRole("table", { name: "What they changed" });
  await expect(theirChanges).toContainText(`${title} (renamed by a colleague)`);
  await expect(theirChanges).toContainText("colleague");
  await expect(dialog).toContainText("Estimated value");
  await screenshot(page, "project-conflict");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Reload and reapply my changes" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("textbox", { name: /^Title/ })).toHaveValue(`${title} (renamed by a colleague)`);
  await expect(page.getByRole("textbox", { name: /^Estimated value/ })).toHaveValue("5,000,000");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: `${title} (renamed by a colleague)`, level: 1 })).toBeVisible();
  await expect(overview).toContainText("$5,000,000");

  // The consortium.
  const consortium = page.getByRole("region", { name: "Consortium" });
  await consortium.getByRole("button", { name: "Edit consortium" }).click();
  await consortium.getByRole("button", { name: "Add member" }).click();
  const first = consortium.getByRole("group", { name: "Member 1" });
  await choose(first.page(), /^Company/, "Samsung", /Samsung SDS/);
  await first.getByRole("textbox", { name: /^Share/ }).fill("60");
  await consortium.getByRole("button", { name: "Add member" }).click();
  const second = consortium.getByRole("group", { name: "Member 2" });
  await second.getByRole("textbox", { name: /^Company/ }).or(second.getByRole("combobox", { name: /^Company/ })).first().click();
  await second.getByRole("textbox", { name: /^Company/ }).or(second.getByRole("combobox", { name: /^Company/ })).first().fill("Handy");
  await page.getByRole("option", { name: /Handysoft/ }).click();
  await second.getByLabel(/^Role/).selectOption("Partner");
  await second.getByRole("textbox", { name: /^Share/ }).fill("40");
  await consortium.getByRole("button", { name: "Save" }).click();
  await expect(consortium.getByText("SME share: 40%")).toBeVisible();
  await expect(consortium.getByRole("table", { name: "Consortium members" })).toContainText("Handysoft");

  // The funding.
  const funding = page.getByRole("region", { name: "Funding" });
  await funding.getByRole("button", { name: "Edit funding" }).click();
  await funding.getByRole("button", { name: "Add source" }).click();
  const source = funding.getByRole("group", { name: "Funding source 1" });
  await source.getByLabel(/^Source/).selectOption("Edcf");
  await source.getByRole("textbox", { name: /^Amount/ }).fill("3000000");
  await funding.getByRole("button", { name: "Save" }).click();
  await expect(funding.getByText("Funding total: $3,000,000")).toBeVisible();
  await expect(funding).toContainText("No contract yet");

  // Close with a reason, then reopen with one.
  await page.getByRole("button", { name: "Hold or close…" }).click();
  const close = page.getByRole("dialog", { name: "Put on hold or close" });
  await close.getByLabel("New status").selectOption("Withdrawn");
  await close.getByRole("textbox", { name: /^Reason/ }).fill("The partner postponed the programme");
  await screenshot(page, "project-close");
  await close.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("button", { name: "Reopen…" })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Stage timeline" });
  await expect(timeline).toContainText("Status Active → Withdrawn");
  await expect(timeline).toContainText("The partner postponed the programme");
  await page.getByRole("button", { name: "Reopen…" }).click();
  const reopen = page.getByRole("dialog", { name: "Reopen the project" });
  await reopen.getByRole("textbox", { name: /^Reason/ }).fill("The programme was relaunched");
  await reopen.getByRole("button", { name: "Reopen" }).click();
  await expect(page.getByRole("button", { name: "Hold or close…" })).toBeVisible();
  await expect(timeline).toContainText("Status Withdrawn → Active");

  // The history from the audit trail.
  const history = page.getByRole("region", { name: "History" });
  await page.reload();
  await expect(history.getByRole("listitem").first()).toBeVisible();
  await expect(history).toContainText("Status changed");
  await expect(history).toContainText("Created");
  await expect(history).toContainText("(renamed by a colleague)");
  await screenshot(page, "project-detail-history");
  await expectAccessible(page);
});

test("the projects list downloads its current view as CSV", async ({ page }) => {
  await signIn(page, "/projects");
  await page.getByLabel("Stage").selectOption("Consulting");
  await expect(page).toHaveURL(/stage=Consulting/);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^projects-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const csv = readFileSync(path, "utf8");
  expect(csv).toContain("EXP-2009-0001");
  expect(csv).not.toContain("EXP-2013-0002");
  await expect(page.getByText("The CSV file has been downloaded.")).toBeVisible();
});
