import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { changeLanguage } from "../../../i18n";
import { renderRoutes } from "../../../test/render";
import type { Organization } from "../api/organizations";
import { catalogsRoutes } from "../routes";
import { apiQuery, catalogServer, page, preloadPages, sent } from "../testServer";

const nia: Organization = {
  id: "0193a000-0000-7000-8000-000000000001",
  name: "National Information Society Agency",
  nameKo: "한국지능정보사회진흥원",
  kind: "KoreanGovernmentAgency",
  countryCode: "KR",
  version: 1,
};
const sme: Organization = {
  id: "0193a000-0000-7000-8000-000000000002",
  name: "Seoul Soft",
  nameKo: null,
  kind: "KoreanCompany",
  countryCode: "KR",
  size: "Sme",
  version: 4,
};

function renderAt(path: string) {
  return renderRoutes([{ path: "/catalogs", children: catalogsRoutes }], path);
}

const list = (requests: Request[]) => sent(requests, "GET", "/api/v1/organizations");

beforeAll(preloadPages, 30_000);

describe("OrganizationsPage", () => {
  it("shows the response with kinds, countries and sizes", async () => {
    const { requests } = catalogServer({ "GET /api/v1/organizations": { body: page([nia, sme]) } });
    renderAt("/catalogs/organizations");
    const table = await screen.findByRole("table", { name: "Organizations in this view" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole("link", { name: "National Information Society Agency" })).toHaveAttribute(
      "href",
      `/catalogs/organizations/${nia.id}`,
    );
    expect(within(rows[1]!).getByText("Korean government agency")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("South Korea")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("SME")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Organizations" })).toHaveAttribute("aria-current", "page");
    expect(apiQuery(list(requests)[0])).toEqual({ page: "1", pageSize: "25" });
  });

  it("sends the URL's filters to the API and writes changed ones into the URL", async () => {
    const { requests } = catalogServer({ "GET /api/v1/organizations": { body: page([nia, sme], 80) } });
    const user = userEvent.setup();
    const { router } = renderAt("/catalogs/organizations?kind=KoreanCompany&size=Sme&countryCode=kr&q=soft&sort=-kind&page=2");
    await screen.findByRole("table");
    expect(apiQuery(list(requests)[0])).toEqual({
      page: "2",
      pageSize: "25",
      kind: "KoreanCompany",
      size: "Sme",
      countryCode: "KR",
      q: "soft",
      sort: "-kind",
    });

    await user.selectOptions(screen.getByLabelText("Company size"), "Large");
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("size")).toBe("Large"));
    await waitFor(() => expect(apiQuery(list(requests).at(-1))).toMatchObject({ size: "Large", page: "1" }));

    const country = screen.getByLabelText("Country code");
    await user.clear(country);
    await user.type(country, "gh{Enter}");
    await waitFor(() => expect(apiQuery(list(requests).at(-1))).toMatchObject({ countryCode: "GH", q: "soft" }));

    await user.click(screen.getByRole("button", { name: /^Name/ }));
    await waitFor(() => expect(apiQuery(list(requests).at(-1))).toMatchObject({ sort: "name" }));
    await user.click(screen.getByRole("button", { name: "Page 3" }));
    await waitFor(() => expect(apiQuery(list(requests).at(-1))).toMatchObject({ page: "3" }));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      kind: "KoreanCompany",
      size: "Large",
      countryCode: "GH",
      q: "soft",
      sort: "name",
      page: "3",
    });
  });

  it("shows Korean names in Korean", async () => {
    await changeLanguage("ko");
    catalogServer({ "GET /api/v1/organizations": { body: page([nia, sme]) } });
    renderAt("/catalogs/organizations");
    const table = await screen.findByRole("table", { name: "이 화면의 기관" });
    expect(within(table).getByRole("link", { name: "한국지능정보사회진흥원" })).toBeInTheDocument();
    // No Korean name: the English one.
    expect(within(table).getByRole("link", { name: "Seoul Soft" })).toBeInTheDocument();
    expect(within(table).getByText("중소기업")).toBeInTheDocument();
  });

  it("shows readers the organization without Edit or New", async () => {
    const { requests } = catalogServer(
      { "GET /api/v1/organizations/0193a000-0000-7000-8000-000000000002": { body: sme } },
      ["ReadCatalog"],
    );
    renderAt(`/catalogs/organizations/${sme.id}`);
    expect(await screen.findByRole("heading", { name: "Seoul Soft", level: 2 })).toBeInTheDocument();
    expect(screen.getByText("Korean company")).toBeInTheDocument();
    expect(screen.getByText("SME")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "South Korea (KR)" })).toHaveAttribute("href", "/catalogs/countries/KR");
    await waitFor(() => expect(sent(requests, "GET", "/api/v1/me")).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("link", { name: "Edit" })).not.toBeInTheDocument();
  });
});

describe("organization forms", () => {
  it("asks the size only of Korean companies and shows the API's size error beside the field", async () => {
    const { requests } = catalogServer({
      "POST /api/v1/organizations": {
        status: 400,
        body: { status: 400, title: "Validation failed", errors: { size: ["applies only to organizations of kind KoreanCompany."] } },
      },
    });
    const user = userEvent.setup();
    renderAt("/catalogs/organizations/new");

    await user.type(await screen.findByLabelText(/^Name in English/), "Kenya ICT Authority");
    await user.type(screen.getByLabelText(/^Country code/), "ke");
    expect(screen.queryByLabelText("Company size")).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Kind/), "KoreanCompany");
    await user.selectOptions(screen.getByLabelText("Company size"), "Large");
    await user.selectOptions(screen.getByLabelText(/^Kind/), "ForeignGovernmentBody");
    // The chosen size stays in sight (and is sent) until the user clears it.
    expect(screen.getByLabelText("Company size")).toHaveValue("Large");
    await user.click(screen.getByRole("button", { name: "Create" }));

    const size = screen.getByLabelText("Company size");
    await waitFor(() => expect(size).toHaveAccessibleDescription(/applies only to organizations of kind KoreanCompany\./));
    expect(size).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText(/^Name in English/)).toHaveValue("Kenya ICT Authority");
    expect(screen.getByLabelText(/^Country code/)).toHaveValue("ke");
    expect(screen.getByLabelText(/^Kind/)).toHaveValue("ForeignGovernmentBody");
    expect(await sent(requests, "POST", "/api/v1/organizations")[0]!.json()).toEqual({
      name: "Kenya ICT Authority",
      nameKo: null,
      kind: "ForeignGovernmentBody",
      countryCode: "KE",
      size: "Large",
    });
  });

  it("creates an organization and opens it", async () => {
    const created: Organization = { ...sme, id: "0193a000-0000-7000-8000-000000000009", name: "Busan Data", size: "Large", version: 1 };
    catalogServer({
      "POST /api/v1/organizations": { status: 201, body: created },
      "GET /api/v1/organizations/0193a000-0000-7000-8000-000000000009": { body: created },
    });
    const user = userEvent.setup();
    const { router } = renderAt("/catalogs/organizations/new");
    await user.type(await screen.findByLabelText(/^Name in English/), "Busan Data");
    await user.type(screen.getByLabelText(/^Country code/), "KR");
    await user.selectOptions(screen.getByLabelText(/^Kind/), "KoreanCompany");
    await user.selectOptions(screen.getByLabelText("Company size"), "Large");
    await user.click(screen.getByRole("button", { name: "Create" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/catalogs/organizations/${created.id}`));
    expect(await screen.findByRole("heading", { name: "Busan Data" })).toBeInTheDocument();
  });

  it("edits with If-Match", async () => {
    const { requests } = catalogServer({
      "GET /api/v1/organizations/0193a000-0000-7000-8000-000000000002": { body: sme },
      "PUT /api/v1/organizations/0193a000-0000-7000-8000-000000000002": { body: { ...sme, size: "Large", version: 5 } },
    });
    const user = userEvent.setup();
    const { router } = renderAt(`/catalogs/organizations/${sme.id}/edit`);
    await user.selectOptions(await screen.findByLabelText("Company size"), "Large");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/catalogs/organizations/${sme.id}`));
    const put = sent(requests, "PUT", `/api/v1/organizations/${sme.id}`)[0]!;
    expect(put.headers.get("If-Match")).toBe('"4"');
    expect(await put.json()).toEqual({ name: "Seoul Soft", nameKo: null, kind: "KoreanCompany", countryCode: "KR", size: "Large" });
  });

  it("shows a broken rule (409) above the form and keeps the input", async () => {
    catalogServer({
      "GET /api/v1/organizations/0193a000-0000-7000-8000-000000000002": { body: sme },
      "PUT /api/v1/organizations/0193a000-0000-7000-8000-000000000002": {
        status: 409,
        body: { status: 409, title: "Rule broken", detail: "A prime contractor must stay a Korean company.", rule: "PrimeMustBeKoreanCompany" },
      },
    });
    const user = userEvent.setup();
    renderAt(`/catalogs/organizations/${sme.id}/edit`);
    await user.selectOptions(await screen.findByLabelText(/^Kind/), "FundingInstitution");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This change breaks a rule");
    expect(alert).toHaveTextContent("A prime contractor must stay a Korean company.");
    expect(screen.getByLabelText(/^Kind/)).toHaveValue("FundingInstitution");
  });
});
