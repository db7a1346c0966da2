import { expect, test } from "@playwright/test";
import { createUser, setupApi, signIn } from "./support";
import type { components } from "../src/api/schema";

type Schemas = components["schemas"];
type Paged<T> = { items: T[] };

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

test("an agency officer can move only their own agency's open projects on the board", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const api = await setupApi(baseURL!);
  let agencyId: string;
  try {
    const agencies = await api.get<Paged<Schemas["Organization"]>>("/api/v1/organizations?kind=KoreanGovernmentAgency&pageSize=2");
    const partners = await api.get<Paged<Schemas["Organization"]>>("/api/v1/organizations?kind=ForeignGovernmentBody&pageSize=1");
    const solutions = await api.get<Paged<Schemas["Solution"]>>("/api/v1/solutions?pageSize=1");
    const [own, other] = agencies.items;
    agencyId = own!.id;
    const open = (title: string, leadAgencyId: string) =>
      api.post<Schemas["Project"]>("/api/v1/projects", {
        title,
        countryCode: "KE",
        leadAgencyId,
        solutionIds: [solutions.items[0]!.id],
        estimatedValueUsd: 986_000_000,
        inquiry: { channel: "Forum", receivedOn: isoDay(-30), requestingOrganizationId: partners.items[0]!.id },
      });
    await open(`Own agency ${stamp}`, own!.id);
    await open(`Other agency ${stamp}`, other!.id);
    const closed = await open(`Withdrawn ${stamp}`, own!.id);
    await api.post(`/api/v1/projects/${closed.id}/status`, { status: "Withdrawn", reason: "The partner withdrew." }, { "If-Match": `"${closed.version}"` });
  } finally {
    await api.dispose();
  }

  const officer = await createUser(baseURL!, {
    email: `board.officer.${stamp}@egovexport.test`,
    displayName: "Board officer",
    roles: ["AgencyOfficer"],
    organizationId: agencyId,
  });
  await signIn(page, "/board", officer.email, officer.password);
  // Any status, so the withdrawn project is on the board too.
  await page.goto("/board?status=any");
  const inquiry = page.getByRole("region", { name: "Inquiry", exact: true });

  const ownCard = inquiry.getByRole("article", { name: `Own agency ${stamp}` });
  await expect(ownCard).toBeVisible();
  await expect(ownCard).toHaveAttribute("draggable", "true");
  await expect(ownCard.getByRole("button", { name: /Move to…/ })).toBeVisible();

  for (const title of [`Other agency ${stamp}`, `Withdrawn ${stamp}`]) {
    const card = inquiry.getByRole("article", { name: title });
    await expect(card).toBeVisible();
    await expect(card).not.toHaveAttribute("draggable", "true");
    await expect(card.getByRole("button", { name: /Move to…/ })).toHaveCount(0);
    await expect(card).not.toContainText("⠿");
  }
});
