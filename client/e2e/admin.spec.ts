import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, screenshot, signIn } from "./support";

const stamp = Date.now().toString(36);

// Each test signs in and runs axe several times; on a busy machine that outlasts the default minute.
test.describe.configure({ timeout: 240_000 });

/** The users list, narrowed to one e-mail with the search box. */
async function findUser(page: Page, email: string) {
  await page.getByLabel("Search e-mail or name").fill(email);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=/);
  return page.getByRole("table", { name: "Users who can sign in" }).getByRole("row").filter({ hasText: email });
}

test("an administrator creates a company member, disables and re-enables it, and finds it in the audit trail", async ({ page }) => {
  const email = `member-${stamp}@samsung.example`;
  await signIn(page, "/admin/users");

  await expect(page.getByRole("heading", { name: "Users", level: 2 })).toBeVisible();
  await expect(page.getByRole("table", { name: "Users who can sign in" }).getByRole("row").filter({ hasText: "admin@egovexport.local" })).toBeVisible();
  await screenshot(page, "admin-users");
  await expectAccessible(page);

  await page.getByRole("button", { name: "New user" }).click();
  const form = page.getByRole("form", { name: "New user" });
  await expect(form).toBeVisible();
  await expectAccessible(page);
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Display name").fill("Park Ji-hoon");
  await form.getByRole("checkbox", { name: "Company member" }).check();
  await form.getByLabel("Organization").selectOption({ label: "Samsung SDS (Korean company)" });

  // A weak password: the API's message beside the field, and nothing typed is lost.
  const password = form.getByLabel("Password", { exact: true });
  await password.fill("weak");
  await form.getByRole("button", { name: "Create" }).click();
  await expect(password).toHaveAccessibleDescription(/Passwords must/);
  await expect(form.getByLabel("E-mail")).toHaveValue(email);
  await screenshot(page, "admin-user-create-error");

  await password.fill(`Strong-${stamp}-Pw1!`);
  await form.getByRole("button", { name: "Create" }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText(`User ${email} created.`)).toBeVisible();
  // With a password there is no invitation to show.
  await expect(page.getByRole("dialog")).toHaveCount(0);

  const row = await findUser(page, email);
  await expect(row).toContainText("Company member");
  await expect(row).toContainText("Samsung SDS");
  await expect(row).toContainText("Active");

  await row.getByRole("button", { name: "Disable" }).click();
  const confirm = page.getByRole("dialog", { name: "Disable Park Ji-hoon?" });
  await expect(confirm).toBeVisible();
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Disable user" }).click();
  await expect(page.getByText(`User ${email} disabled.`)).toBeVisible();
  await expect(row).toContainText("Disabled");

  await row.getByRole("button", { name: "Enable" }).click();
  await expect(page.getByText(`User ${email} enabled.`)).toBeVisible();
  await expect(row).toContainText("Active");

  // The audit trail, filtered to users, has the creation.
  await page.getByRole("navigation", { name: "Administration sections" }).getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { name: "Audit trail", level: 2 })).toBeVisible();
  await page.getByLabel("Record type").selectOption("User");
  await expect(page).toHaveURL(/recordType=User/);
  const entries = page.getByRole("list", { name: "Audit entries" }).getByRole("listitem");
  const creation = entries.filter({ hasText: "Created" }).filter({ hasText: email });
  await expect(creation).toHaveCount(1);
  await expect(creation).toContainText("Park Ji-hoon");
  await expect(entries.filter({ hasText: "Updated" }).filter({ hasText: email }).first()).toBeVisible();
  await screenshot(page, "admin-audit-users");
  await expectAccessible(page);
});

test("an administrator registers an API client and sees its secret only once", async ({ page }) => {
  const clientId = `partner-${stamp}`;
  await signIn(page, "/admin/api-clients");

  const table = page.getByRole("table", { name: "Registered API clients" });
  const configured = table.getByRole("row").filter({ hasText: "e2e-setup" });
  await expect(configured).toContainText("From configuration");
  await expect(configured.getByRole("button")).toHaveCount(0);
  await screenshot(page, "admin-api-clients");
  await expectAccessible(page);

  await page.getByRole("button", { name: "New API client" }).click();
  const form = page.getByRole("form", { name: "New API client" });
  await form.getByLabel("Client id").fill(clientId);
  await form.getByLabel("Display name").fill("Partner ERP");
  await form.getByRole("checkbox", { name: /^projects:read/ }).check();
  await form.getByRole("checkbox", { name: /^audit:read/ }).check();
  await expectAccessible(page);
  await form.getByRole("button", { name: "Create" }).click();

  const dialog = page.getByRole("dialog", { name: `Secret of ${clientId}` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("shown only this once");
  const secret = await dialog.getByLabel("Client secret").inputValue();
  expect(secret.length).toBeGreaterThan(20);
  await screenshot(page, "admin-api-client-secret");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "I have stored it" }).click();
  await expect(dialog).toBeHidden();

  const row = table.getByRole("row").filter({ hasText: clientId });
  await expect(row).toContainText("Partner ERP");
  await expect(row).toContainText("audit:read");
  await expect(page.locator(`input[value="${secret}"]`)).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);
});

test("the admin pages in Korean", async ({ page }) => {
  await signIn(page, "/admin/audit");
  await page.getByLabel("Record type").selectOption("User");
  await page.getByLabel("Language").selectOption("ko");
  await expect(page.getByRole("heading", { name: "감사 기록", level: 2 })).toBeVisible();
  await expect(page.getByRole("list", { name: "감사 기록 항목" })).toBeVisible();
  await screenshot(page, "admin-audit-ko");
  await expectAccessible(page);

  await page.getByRole("link", { name: "사용자", exact: true }).click();
  await expect(page.getByRole("table", { name: "로그인할 수 있는 사용자" })).toBeVisible();
  await screenshot(page, "admin-users-ko");

  // Usable on a tablet: the table scrolls inside its container, the filters wrap.
  await page.setViewportSize({ width: 768, height: 1000 });
  await expect(page.getByRole("button", { name: "새 사용자" })).toBeVisible();
  await screenshot(page, "admin-users-768");
  await expectAccessible(page);
});
