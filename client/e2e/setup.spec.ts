import { expect, test } from "@playwright/test";
import { createUser, setupApi, signIn } from "./support";

test("the set-up client prepares a user who can then sign in to the app", async ({ page, baseURL }) => {
  const api = await setupApi(baseURL!);
  const agencies = await api.get<{ items: { id: string; name: string }[] }>(
    "/api/v1/organizations?kind=KoreanGovernmentAgency&pageSize=1",
  );
  await api.dispose();
  const officer = await createUser(baseURL!, {
    email: "setup.officer@egovexport.test",
    displayName: "Setup Officer",
    roles: ["AgencyOfficer"],
    organizationId: agencies.items[0]!.id,
  });

  await signIn(page, "/projects", officer.email, officer.password);
  await expect(page.getByText("Setup Officer", { exact: true })).toBeVisible();
});
