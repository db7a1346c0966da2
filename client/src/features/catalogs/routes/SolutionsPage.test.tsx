import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { changeLanguage } from "../../../i18n";
import { renderRoutes } from "../../../test/render";
import type { Organization } from "../api/organizations";
import type { Solution } from "../api/solutions";
import { catalogsRoutes } from "../routes";
import { apiQuery, catalogServer, page, preloadPages, sent } from "../testServer";

const pps: Organization = {
  id: "0193a000-0000-7000-8000-0000000000a1",
  name: "Public Procurement Service",
  nameKo: "조달청",
  kind: "KoreanGovernmentAgency",
  countryCode: "KR",
  version: 1,
};
const kcs: Organization = { ...pps, id: "0193a000-0000-7000-8000-0000000000a2", name: "Korea Customs Service", nameKo: "관세청" };
const koneps: Solution = {
  id: "0193a000-0000-7000-8000-0000000000b1",
  code: "KONEPS",
  name: "e-Procurement System (KONEPS)",
  nameKo: "국가종합전자조달시스템",
  category: "Procurement",
  owningAgencyId: pps.id,
  description: "Runs public procurement online.",
  version: 3,
};
const unipass: Solution = { ...koneps, id: "0193a000-0000-7000-8000-0000000000b2", code: "UNIPASS", name: "UNI-PASS", nameKo: null, category: "CustomsTrade", owningAgencyId: kcs.id };

function renderAt(path: string) {
  return renderRoutes([{ path: "/catalogs", children: catalogsRoutes }], path);
}

const list = (requests: Request[]) => sent(requests, "GET", "/api/v1/solutions");

beforeAll(preloadPages, 30_000);

describe("SolutionsPage", () => {
  it("shows the response", async () => {
    const { requests } = catalogServer({ "GET /api/v1/solutions": { body: page([koneps, unipass]) } });
    renderAt("/catalogs/solutions");
    const table = await screen.findByRole("table", { name: "Solutions in this view" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText("KONEPS")).toBeInTheDocument();
    expect(within(rows[1]!).getByRole("link", { name: "e-Procurement System (KONEPS)" })).toHaveAttribute(
      "href",
      `/catalogs/solutions/${koneps.id}`,
    );
    expect(within(rows[2]!).getByText("Customs & trade")).toBeInTheDocument();
    expect(apiQuery(list(requests)[0])).toEqual({ page: "1", pageSize: "25" });
  });

  it("sends the URL's filters to the API and writes changed ones into the URL", async () => {
    const { requests } = catalogServer({ "GET /api/v1/solutions": { body: page([koneps, unipass], 60) } });
    const user = userEvent.setup();
    const { router } = renderAt("/catalogs/solutions?category=Procurement&q=pro&sort=-code");
    await screen.findByRole("table");
    expect(apiQuery(list(requests)[0])).toEqual({ page: "1", pageSize: "25", category: "Procurement", q: "pro", sort: "-code" });

    await user.selectOptions(screen.getByLabelText("Category"), "CustomsTrade");
    await waitFor(() => expect(apiQuery(list(requests).at(-1))).toMatchObject({ category: "CustomsTrade" }));
    await user.click(screen.getByRole("button", { name: /^Category/ }));
    await waitFor(() => expect(apiQuery(list(requests).at(-1))).toMatchObject({ sort: "category" }));
    await user.selectOptions(screen.getByLabelText("Rows per page"), "50");
    await waitFor(() => expect(apiQuery(list(requests).at(-1))).toMatchObject({ pageSize: "50", page: "1" }));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      category: "CustomsTrade",
      q: "pro",
      sort: "category",
      pageSize: "50",
    });
  });

  it("shows readers the list without 'New solution'", async () => {
    const { requests } = catalogServer({ "GET /api/v1/solutions": { body: page([koneps]) } }, ["ReadCatalog"]);
    renderAt("/catalogs/solutions");
    await screen.findByRole("table");
    await waitFor(() => expect(sent(requests, "GET", "/api/v1/me")).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("link", { name: "New solution" })).not.toBeInTheDocument();
  });
});

describe("SolutionPage", () => {
  const countries = [
    { countryCode: "VN", name: "Viet Nam", nameKo: "베트남", region: "AsiaPacific", projectCount: 2, valueUsd: 31_000_000 },
    { countryCode: "MN", name: "Mongolia", nameKo: "몽골", region: "AsiaPacific", projectCount: 1, valueUsd: 4_500_000 },
  ];

  it("shows the solution, its owning agency and the countries it was exported to", async () => {
    catalogServer({
      [`GET /api/v1/solutions/${koneps.id}`]: { body: koneps },
      [`GET /api/v1/organizations/${pps.id}`]: { body: pps },
      [`GET /api/v1/solutions/${koneps.id}/countries`]: { body: countries },
    });
    renderAt(`/catalogs/solutions/${koneps.id}`);
    expect(await screen.findByRole("heading", { name: "e-Procurement System (KONEPS)", level: 2 })).toBeInTheDocument();
    expect(screen.getByText("Procurement")).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "Public Procurement Service" })).toHaveAttribute(
      "href",
      `/catalogs/organizations/${pps.id}`,
    );
    const table = await screen.findByRole("table", { name: "Countries this solution was exported to" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole("link", { name: "Viet Nam" })).toHaveAttribute("href", "/catalogs/countries/VN");
    expect(within(rows[1]!).getByText("Asia-Pacific")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("2")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("$31,000,000")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Edit" })).toHaveAttribute("href", `/catalogs/solutions/${koneps.id}/edit`);
  });

  it("shows names in Korean, and says when it was not exported yet", async () => {
    await changeLanguage("ko");
    catalogServer({
      [`GET /api/v1/solutions/${koneps.id}`]: { body: koneps },
      [`GET /api/v1/organizations/${pps.id}`]: { body: pps },
      [`GET /api/v1/solutions/${koneps.id}/countries`]: { body: [] },
    });
    renderAt(`/catalogs/solutions/${koneps.id}`);
    expect(await screen.findByRole("heading", { name: "국가종합전자조달시스템 (KONEPS)", level: 2 })).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "조달청" })).toBeInTheDocument();
    expect(await screen.findByText("아직 수출한 국가가 없습니다.")).toBeInTheDocument();
  });

  it("says when the solution does not exist", async () => {
    catalogServer({});
    renderAt("/catalogs/solutions/0193a000-0000-7000-8000-0000000000ff");
    expect(await screen.findByText("This solution does not exist.")).toBeInTheDocument();
  });
});

describe("solution forms", () => {
  it("chooses the owning agency among the Korean government agencies and shows field errors beside the fields", async () => {
    const { requests } = catalogServer({
      "GET /api/v1/organizations": { body: page([pps, kcs]) },
      "POST /api/v1/solutions": {
        status: 400,
        body: { status: 400, title: "Validation failed", errors: { Code: ["'KONEPS' is already in the catalog."] } },
      },
    });
    const user = userEvent.setup();
    renderAt("/catalogs/solutions/new");

    await user.type(await screen.findByLabelText(/^Code/), "koneps");
    await user.type(screen.getByLabelText(/^Name in English/), "Another e-Procurement");
    await user.selectOptions(screen.getByLabelText(/^Category/), "Procurement");
    const agency = screen.getByLabelText("Owning agency");
    await waitFor(() => expect(within(agency).getByRole("option", { name: "Korea Customs Service" })).toBeInTheDocument());
    await user.selectOptions(agency, pps.id);
    await user.type(screen.getByLabelText("Description"), "Bids online.");
    await user.click(screen.getByRole("button", { name: "Create" }));

    await waitFor(() => expect(screen.getByLabelText(/^Code/)).toHaveAccessibleDescription(/'KONEPS' is already in the catalog\./));
    expect(screen.getByLabelText(/^Code/)).toHaveValue("koneps");
    expect(screen.getByLabelText("Owning agency")).toHaveValue(pps.id);
    expect(screen.getByLabelText("Description")).toHaveValue("Bids online.");

    expect(apiQuery(sent(requests, "GET", "/api/v1/organizations")[0])).toMatchObject({ kind: "KoreanGovernmentAgency", pageSize: "100" });
    expect(await sent(requests, "POST", "/api/v1/solutions")[0]!.json()).toEqual({
      code: "KONEPS",
      name: "Another e-Procurement",
      nameKo: null,
      category: "Procurement",
      owningAgencyId: pps.id,
      description: "Bids online.",
    });
  });

  it("edits with If-Match", async () => {
    const { requests } = catalogServer({
      "GET /api/v1/organizations": { body: page([pps, kcs]) },
      [`GET /api/v1/solutions/${koneps.id}`]: { body: koneps },
      [`PUT /api/v1/solutions/${koneps.id}`]: { body: { ...koneps, owningAgencyId: kcs.id, version: 4 } },
    });
    const user = userEvent.setup();
    const { router } = renderAt(`/catalogs/solutions/${koneps.id}/edit`);
    const agency = await screen.findByLabelText("Owning agency");
    await waitFor(() => expect(within(agency).getByRole("option", { name: "Korea Customs Service" })).toBeInTheDocument());
    expect(agency).toHaveValue(pps.id);
    await user.selectOptions(agency, kcs.id);
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/catalogs/solutions/${koneps.id}`));
    const put = sent(requests, "PUT", `/api/v1/solutions/${koneps.id}`)[0]!;
    expect(put.headers.get("If-Match")).toBe('"3"');
    expect(await put.json()).toMatchObject({ code: "KONEPS", owningAgencyId: kcs.id });
  });
});
