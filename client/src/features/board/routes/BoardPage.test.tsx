import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Stage } from "../../../api/enums";
import { changeLanguage } from "../../../i18n";
import { jsonResponse, mockFetch } from "../../../test/http";
import { moveOptionsFor } from "../../../test/moveOptions";
import { renderRoutes } from "../../../test/render";
import type { ProjectPage, ProjectSummary } from "../api/boardProjects";
import type { StageTotals } from "../api/stageTotals";
import { BoardPage } from "./BoardPage";

const kenyaId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const ghanaId = "9b2f3a51-3c1e-4b7a-9a47-2d6f0c1e5a10";
const solutionId = "4f1c2b3a-1111-4a2b-8c3d-0123456789ab";
const agencyId = "5e2d3c4b-2222-4b3c-9d4e-0123456789ab";

function project(overrides: Partial<ProjectSummary>): ProjectSummary {
  return {
    id: crypto.randomUUID(),
    code: "EXP-2026-0001",
    title: "e-Procurement for Kenya",
    countryCode: "KE",
    leadAgencyId: agencyId,
    estimatedValueUsd: 12_500_000,
    probability: 10,
    stage: "Inquiry",
    status: "Active",
    stageEnteredAt: new Date(Date.now() - 12 * 86_400_000 - 3_600_000).toISOString(),
    expectedDecisionOn: null,
    createdAt: "2026-01-10T00:00:00Z",
    updatedAt: "2026-03-01T00:00:00Z",
    version: 3,
    canEdit: true,
    moveOptions: moveOptionsFor(overrides.stage ?? "Inquiry", overrides.status ?? "Active"),
    statusOptions: [],
    ...overrides,
  };
}

const kenya = project({ id: kenyaId, code: "EXP-2026-0042", ownerName: "Kim Minji" });
const ghana = project({
  id: ghanaId,
  code: "EXP-2026-0007",
  title: "UNI-PASS for Ghana",
  countryCode: "GH",
  stage: "Contract",
  status: "OnHold",
  estimatedValueUsd: 40_000_000,
  version: 9,
});

const totals: StageTotals = {
  stages: [
    { stage: "Inquiry", count: 1, valueUsd: 12_500_000, weightedValueUsd: 1_250_000 },
    { stage: "Consulting", count: 0, valueUsd: 0, weightedValueUsd: 0 },
    { stage: "Mou", count: 0, valueUsd: 0, weightedValueUsd: 0 },
    { stage: "Contract", count: 1, valueUsd: 40_000_000, weightedValueUsd: 40_000_000 },
    { stage: "Maintenance", count: 0, valueUsd: 0, weightedValueUsd: 0 },
  ],
  count: 2,
  valueUsd: 52_500_000,
  weightedValueUsd: 41_250_000,
};

const admin = { kind: "User", id: "u1", name: "Admin", roles: ["Administrator"], scopes: [], permissions: ["ReadProjects", "EditProjects", "CreateProjects"] };
const analyst = { kind: "User", id: "u2", name: "Lee Analyst", roles: ["Analyst"], scopes: [], permissions: ["ReadProjects", "ReadAudit"] };

interface ServerOptions {
  me?: unknown;
  /** Cards per stage; a number is a failing status for that stage. */
  columns?: Partial<Record<Stage, ProjectSummary[] | number>>;
  totals?: StageTotals | null;
  /** The total count of a stage's list, when it has more than one page. */
  totalCounts?: Partial<Record<Stage, number>>;
  move?: { status: number; body: unknown };
}

function server(options: ServerOptions = {}) {
  const columns = options.columns ?? { Inquiry: [kenya], Contract: [ghana] };
  return mockFetch((request) => {
    const url = new URL(request.url);
    const query = url.searchParams;
    switch (url.pathname) {
      case "/api/v1/me":
        return jsonResponse(options.me ?? admin);
      case "/api/v1/projects/stage-totals":
        return options.totals === null
          ? jsonResponse({ status: 404, title: "Not Found" }, { status: 404, contentType: "application/problem+json" })
          : jsonResponse(options.totals ?? totals);
      case "/api/v1/projects": {
        const stage = query.get("stage") as Stage;
        const cards = columns[stage] ?? [];
        if (typeof cards === "number") {
          return jsonResponse({ status: cards, title: "Unexpected error" }, { status: cards, contentType: "application/problem+json" });
        }
        const page = Number(query.get("page"));
        const items = page === 1 ? cards : [project({ code: `EXP-2026-0${100 + page}`, title: `Page ${page} project`, stage })];
        const body: ProjectPage = { items, page, pageSize: 25, totalCount: options.totalCounts?.[stage] ?? cards.length };
        return jsonResponse(body);
      }
      case "/api/v1/countries":
        return jsonResponse({
          items: [
            { code: "GH", alpha3: "GHA", name: "Ghana", nameKo: "가나", region: "Africa", version: 1 },
            { code: "KE", alpha3: "KEN", name: "Kenya", nameKo: "케냐", region: "Africa", version: 1 },
          ],
          page: 1,
          pageSize: 100,
          totalCount: 2,
        });
      case "/api/v1/solutions":
        return jsonResponse({ items: [{ id: solutionId, code: "KONEPS", name: "e-Procurement (KONEPS)", category: "Procurement", version: 1 }], page: 1, pageSize: 100, totalCount: 1 });
      case "/api/v1/organizations":
        return jsonResponse({ items: [{ id: agencyId, name: "Public Procurement Service", nameKo: "조달청", kind: "KoreanGovernmentAgency", countryCode: "KR", version: 1 }], page: 1, pageSize: 100, totalCount: 1 });
      case `/api/v1/projects/${kenyaId}/transitions`: {
        const reply = options.move ?? { status: 200, body: { ...kenya, stage: "Consulting", version: 4 } };
        return jsonResponse(reply.body, { status: reply.status, contentType: reply.status >= 400 ? "application/problem+json" : "application/json" });
      }
      default:
        return jsonResponse({ status: 404, title: "Not Found" }, { status: 404, contentType: "application/problem+json" });
    }
  });
}

function renderBoard(path = "/board") {
  return renderRoutes([{ path: "/board", element: <BoardPage /> }], path);
}

const column = (name: string) => screen.getByRole("region", { name });
const projectListRequests = (requests: Request[]) => requests.filter((r) => new URL(r.url).pathname === "/api/v1/projects");

describe("BoardPage", () => {
  it("shows a column per stage with its count, value and cards, largest first", async () => {
    const { requests } = server();
    renderBoard();

    expect(await screen.findByRole("heading", { level: 1, name: "Pipeline board" })).toBeInTheDocument();
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(["Inquiry", "Consulting", "MOU", "Contract", "Maintenance"]);

    const inquiry = column("Inquiry");
    const card = await within(inquiry).findByRole("article", { name: "e-Procurement for Kenya" });
    expect(within(card).getByRole("link", { name: "EXP-2026-0042" })).toHaveAttribute("href", `/projects/${kenyaId}`);
    expect(within(card).getByText("Kenya")).toBeInTheDocument();
    expect(within(card).getByText("$12,500,000")).toBeInTheDocument();
    expect(within(card).getByText("12 days in stage")).toBeInTheDocument();
    expect(within(card).getByText("Owner: Kim Minji")).toBeInTheDocument();
    expect(within(card).queryByText("Active")).not.toBeInTheDocument();
    expect(await within(inquiry).findByText("1 project · Total $12,500,000")).toBeInTheDocument();

    const contract = column("Contract");
    const ghanaCard = await within(contract).findByRole("article", { name: "UNI-PASS for Ghana" });
    expect(within(ghanaCard).getByText("On hold")).toBeInTheDocument();
    expect(within(ghanaCard).getByText("No owner")).toBeInTheDocument();
    expect(await within(column("Consulting")).findByText("No projects in this stage.")).toBeInTheDocument();

    const inquiryRequest = projectListRequests(requests).find((r) => new URL(r.url).searchParams.get("stage") === "Inquiry");
    expect(Object.fromEntries(new URL(inquiryRequest!.url).searchParams)).toEqual({
      stage: "Inquiry",
      status: "Active",
      sort: "-estimatedValueUsd",
      page: "1",
      pageSize: "25",
    });
    const totalsRequest = requests.find((r) => new URL(r.url).pathname === "/api/v1/projects/stage-totals");
    expect(Object.fromEntries(new URL(totalsRequest!.url).searchParams)).toEqual({ status: "Active" });
  });

  it("falls back to the list's count when the totals are not available", async () => {
    server({ totals: null, totalCounts: { Inquiry: 31 } });
    renderBoard();
    const inquiry = column("Inquiry");
    expect(await within(inquiry).findByText("31 projects")).toBeInTheDocument();
    expect(within(inquiry).queryByText(/Total/)).not.toBeInTheDocument();
  });

  it("shows more cards of a column on request, appending the next page", async () => {
    const { requests } = server({ totalCounts: { Inquiry: 26 } });
    const user = userEvent.setup();
    renderBoard();
    const inquiry = column("Inquiry");
    await within(inquiry).findByRole("article", { name: "e-Procurement for Kenya" });
    expect(within(inquiry).getByText("1 of 26 shown")).toBeInTheDocument();

    await user.click(within(inquiry).getByRole("button", { name: "Show more (Inquiry)" }));

    expect(await within(inquiry).findByRole("article", { name: "Page 2 project" })).toBeInTheDocument();
    expect(within(inquiry).getByRole("article", { name: "e-Procurement for Kenya" })).toBeInTheDocument();
    const last = projectListRequests(requests).at(-1)!;
    expect(new URL(last.url).searchParams.get("page")).toBe("2");
    expect(new URL(last.url).searchParams.get("stage")).toBe("Inquiry");
  });

  it("shows a failed column with a retry, the others still working", async () => {
    server({ columns: { Inquiry: [kenya], Mou: 500 } });
    renderBoard();
    const alert = await within(column("MOU")).findByRole("alert");
    expect(alert).toHaveTextContent("The projects of this stage could not be loaded");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(await within(column("Inquiry")).findByRole("article")).toBeInTheDocument();
  });

  it("opens the target stage's gate form when a card is dropped on another column", async () => {
    server();
    renderBoard();
    const card = await within(column("Inquiry")).findByRole("article", { name: "e-Procurement for Kenya" });
    await waitFor(() => expect(card).toHaveAttribute("draggable", "true"));

    const data = { setData: () => {}, getData: () => "", dropEffect: "none", effectAllowed: "all" };
    fireEvent.dragStart(card, { dataTransfer: data });
    const target = screen.getByTestId("column-Consulting");
    fireEvent.dragEnter(target, { dataTransfer: data });
    fireEvent.dragOver(target, { dataTransfer: data });
    expect(await within(target).findByText("Drop here to move to Consulting")).toBeInTheDocument();
    fireEvent.drop(target, { dataTransfer: data });

    const dialog = await screen.findByRole("dialog", { name: "Move EXP-2026-0042 to Consulting" });
    expect(within(dialog).getByLabelText(/Consulting type/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Planned rounds/)).toBeInTheDocument();
  });

  it("ignores a drop on the card's own column", async () => {
    server();
    renderBoard();
    const card = await within(column("Inquiry")).findByRole("article", { name: "e-Procurement for Kenya" });
    await waitFor(() => expect(card).toHaveAttribute("draggable", "true"));
    fireEvent.dragStart(card, { dataTransfer: { setData: () => {} } });
    fireEvent.drop(screen.getByTestId("column-Inquiry"), { dataTransfer: {} });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("moves a card with the keyboard menu: gate form, request, refreshed columns, announcement", async () => {
    const { requests } = server({ move: { status: 200, body: { ...kenya, stage: "Mou", version: 4 } } });
    const user = userEvent.setup();
    renderBoard();
    const card = await within(column("Inquiry")).findByRole("article", { name: "e-Procurement for Kenya" });

        const menuButton = await within(card).findByRole("button", { name: "Move to… EXP-2026-0042" });
    menuButton.focus();
    await user.keyboard("{Enter}");
    const menu = await screen.findByRole("menu");
    expect(within(menu).getAllByRole("menuitem").map((item) => item.textContent)).toEqual(["Consulting", "MOU", "Contract", "Maintenance"]);
    await user.click(within(menu).getByRole("menuitem", { name: "MOU" }));

    const dialog = await screen.findByRole("dialog", { name: "Move EXP-2026-0042 to MOU" });
    expect(within(dialog).getByText("This move skips Consulting; give a reason for skipping.")).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Korean signatory/), "MOIS");
    await user.type(within(dialog).getByLabelText(/Partner signatory/), "MICT");
    fireEvent.change(within(dialog).getByLabelText(/Signed on/), { target: { value: "2026-11-10" } });
    fireEvent.change(within(dialog).getByLabelText(/Expires on/), { target: { value: "2029-11-09" } });
    await user.type(within(dialog).getByLabelText(/Scope/), "e-Gov");
    await user.type(within(dialog).getByLabelText(/Reason for skipping/), "G2G forum");

    const listsBefore = projectListRequests(requests).length;
    await user.click(within(dialog).getByRole("button", { name: "Move to MOU" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const move = requests.find((r) => r.method === "POST")!;
    expect(new URL(move.url).pathname).toBe(`/api/v1/projects/${kenyaId}/transitions`);
    expect(move.headers.get("If-Match")).toBe('"3"');
    expect(await move.json()).toEqual({
      toStage: "Mou",
      skipReason: "G2G forum",
      mou: {
        koreanSignatory: "MOIS",
        partnerSignatory: "MICT",
        signedOn: "2026-11-10",
        scope: "e-Gov",
        expiresOn: "2029-11-09",
      },
    });
    expect(screen.getByRole("status")).toHaveTextContent("EXP-2026-0042 moved to MOU.");
    await waitFor(() => expect(projectListRequests(requests).length).toBeGreaterThanOrEqual(listsBefore + 5));
    expect(requests.filter((r) => new URL(r.url).pathname === "/api/v1/projects/stage-totals").length).toBeGreaterThanOrEqual(2);
  }, 15_000);

  it("keeps the form open with the API's field errors when a move is refused", async () => {
    server({ move: { status: 400, body: { status: 400, title: "Invalid request", errors: { "consulting.startOn": ["'Start On' must not be empty."] } } } });
    const user = userEvent.setup();
    renderBoard();
    const card = await within(column("Inquiry")).findByRole("article", { name: "e-Procurement for Kenya" });
    await user.click(await within(card).findByRole("button", { name: /Move to…/ }));
    await user.click(await screen.findByRole("menuitem", { name: "Consulting" }));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByLabelText(/Planned rounds/), "4");
    await user.click(within(dialog).getByRole("button", { name: "Move to Consulting" }));

    await waitFor(() => expect(within(dialog).getByLabelText(/Start date/)).toHaveAccessibleDescription("'Start On' must not be empty."));
    expect(within(dialog).getByLabelText(/Planned rounds/)).toHaveValue("4");
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("offers moves only on the cards the API says the caller may change, and only to the stages it allows", async () => {
    const others = { ...kenya, canEdit: false, moveOptions: [], statusOptions: [] };
    const withdrawn = { ...ghana, status: "Withdrawn" as const, moveOptions: moveOptionsFor("Contract", "Withdrawn") };
    const own = project({ code: "EXP-2026-0050", title: "Own MOU project", stage: "Mou" });
    server({ me: admin, columns: { Inquiry: [others], Mou: [own], Contract: [withdrawn] } });
    const user = userEvent.setup();
    renderBoard("/board?status=any");
    const othersCard = await within(column("Inquiry")).findByRole("article", { name: "e-Procurement for Kenya" });
    const closedCard = await within(column("Contract")).findByRole("article", { name: "UNI-PASS for Ghana" });
    const ownCard = await within(column("MOU")).findByRole("article", { name: "Own MOU project" });

    for (const card of [othersCard, closedCard]) {
      expect(card).not.toHaveAttribute("draggable", "true");
      expect(within(card).queryByRole("button", { name: /Move to…/ })).not.toBeInTheDocument();
      expect(card.textContent).not.toContain("⠿");
    }
    // A drop of a card that may not move opens nothing.
    fireEvent.dragStart(othersCard, { dataTransfer: { setData: () => {} } });
    fireEvent.drop(screen.getByTestId("column-Consulting"), { dataTransfer: {} });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    expect(ownCard).toHaveAttribute("draggable", "true");
    await user.click(within(ownCard).getByRole("button", { name: "Move to… EXP-2026-0050" }));
    const menu = await screen.findByRole("menu");
    expect(within(menu).getAllByRole("menuitem").map((item) => item.textContent)).toEqual(["Inquiry", "Consulting", "Contract", "Maintenance"]);
    await user.click(within(menu).getByRole("menuitem", { name: "Consulting" }));
    const dialog = await screen.findByRole("dialog", { name: "Move EXP-2026-0050 to Consulting" });
    expect(within(dialog).getByText("Moving back to an earlier stage needs a reason.")).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/Consulting type/)).not.toBeInTheDocument();
  });

  it("shows an analyst no way to move a project", async () => {
    const readOnly = (p: ProjectSummary) => ({ ...p, canEdit: false, moveOptions: [] });
    server({ me: analyst, columns: { Inquiry: [readOnly(kenya)], Contract: [readOnly(ghana)] } });
    renderBoard();
    const card = await within(column("Inquiry")).findByRole("article", { name: "e-Procurement for Kenya" });
    await within(column("Contract")).findByRole("article");
    expect(card).not.toHaveAttribute("draggable", "true");
    expect(screen.queryByRole("button", { name: /Move to…/ })).not.toBeInTheDocument();
    expect(card.textContent).not.toContain("⠿");
  });

  it("reads the filters from the URL and sends them with every request", async () => {
    const { requests } = server();
    renderBoard(`/board?countryCode=ke&region=Africa&solutionId=${solutionId}&leadAgencyId=${agencyId}&status=any`);
    await within(column("Inquiry")).findByRole("article");
    const expected = { countryCode: "KE", region: "Africa", solutionId, leadAgencyId: agencyId };
    for (const request of projectListRequests(requests)) {
      const query = Object.fromEntries(new URL(request.url).searchParams);
      expect(query).toMatchObject(expected);
      expect(query).not.toHaveProperty("status");
    }
    const totalsRequest = requests.find((r) => new URL(r.url).pathname === "/api/v1/projects/stage-totals")!;
    expect(Object.fromEntries(new URL(totalsRequest.url).searchParams)).toEqual(expected);
    expect(screen.getByLabelText("Status")).toHaveValue("any");
    expect(screen.getByLabelText("Region")).toHaveValue("Africa");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Country" })).toHaveValue("Kenya"));
  });

  it("writes changed filters into the URL", async () => {
    const { requests } = server();
    const user = userEvent.setup();
    const { router } = renderBoard();
    await within(column("Inquiry")).findByRole("article");

    await user.selectOptions(screen.getByLabelText("Region"), "Africa");
    await waitFor(() => expect(router.state.location.search).toBe("?region=Africa"));

    await user.selectOptions(screen.getByLabelText("Status"), "any");
    await waitFor(() => expect(router.state.location.search).toBe("?status=any&region=Africa"));

    await user.click(screen.getByRole("combobox", { name: "Country" }));
    await user.click(await screen.findByRole("option", { name: "Kenya" }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("countryCode")).toBe("KE"));

    await user.click(screen.getByRole("combobox", { name: "Solution" }));
    await user.click(await screen.findByRole("option", { name: "e-Procurement (KONEPS)" }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("solutionId")).toBe(solutionId));

    await user.click(screen.getByRole("combobox", { name: "Lead agency" }));
    await user.click(await screen.findByRole("option", { name: "Public Procurement Service" }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("leadAgencyId")).toBe(agencyId));

    await waitFor(() =>
      expect(Object.fromEntries(new URL(projectListRequests(requests).at(-1)!.url).searchParams)).toMatchObject({
        region: "Africa",
        countryCode: "KE",
        solutionId,
        leadAgencyId: agencyId,
      }),
    );

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(router.state.location.search).toBe(""));
  });

  it("shows everything in Korean when the language is Korean", async () => {
    await changeLanguage("ko");
    server();
    renderBoard();
    expect(await screen.findByRole("heading", { level: 1, name: "파이프라인 보드" })).toBeInTheDocument();
    const card = await within(column("문의")).findByRole("article");
    expect(within(card).getByText("케냐")).toBeInTheDocument();
    expect(within(card).getByText("US$12,500,000")).toBeInTheDocument();
    expect(screen.getByLabelText("지역")).toBeInTheDocument();
  });
});
