import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { changeLanguage } from "../../../i18n";
import { renderRoutes } from "../../../test/render";
import type { Country } from "../api/countries";
import { catalogsRoutes } from "../routes";
import { apiQuery, catalogServer, page, preloadPages, sent } from "../testServer";

const kenya: Country = { code: "KE", alpha3: "KEN", name: "Kenya", nameKo: "케냐", region: "Africa", version: 2 };
const peru: Country = { code: "PE", alpha3: "PER", name: "Peru", nameKo: "페루", region: "LatinAmericaCaribbean", version: 1 };

function renderAt(path: string) {
  return renderRoutes([{ path: "/catalogs", children: catalogsRoutes }], path);
}

const list = (requests: Request[]) => sent(requests, "GET", "/api/v1/countries");

beforeAll(preloadPages, 30_000);

describe("CountriesPage", () => {
  it("lands on countries from /catalogs and shows the response", async () => {
    const { requests } = catalogServer({ "GET /api/v1/countries": { body: page([kenya, peru], 195) } });
    const { router } = renderAt("/catalogs");

    const table = await screen.findByRole("table", { name: "Countries in this view" });
    expect(router.state.location.pathname).toBe("/catalogs/countries");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText("KE")).toBeInTheDocument();
    expect(within(rows[1]!).getByRole("link", { name: "Kenya" })).toHaveAttribute("href", "/catalogs/countries/KE");
    expect(within(rows[1]!).getByText("Africa")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Latin America & Caribbean")).toBeInTheDocument();
    expect(screen.getByText("Found: 195")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Countries" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("link", { name: "Organizations" })).toHaveAttribute("href", "/catalogs/organizations");
    expect(apiQuery(list(requests)[0])).toEqual({ page: "1", pageSize: "25" });
  });

  it("sends the URL's filters, sort and page to the API", async () => {
    const { requests } = catalogServer({ "GET /api/v1/countries": { body: page([kenya]) } });
    renderAt("/catalogs/countries?region=Africa&q=ke&sort=-name&page=2&pageSize=50");
    await screen.findByRole("table");
    expect(apiQuery(list(requests)[0])).toEqual({ page: "2", pageSize: "50", region: "Africa", q: "ke", sort: "-name" });
    expect(screen.getByRole("columnheader", { name: /Name/ })).toHaveAttribute("aria-sort", "descending");
    expect(screen.getByLabelText("Region")).toHaveValue("Africa");
    expect(screen.getByLabelText("Search code or name")).toHaveValue("ke");
  });

  it("writes a changed filter, sort and page into the URL and the request", async () => {
    const { requests } = catalogServer({ "GET /api/v1/countries": { body: page([kenya, peru], 120) } });
    const user = userEvent.setup();
    const { router } = renderAt("/catalogs/countries?page=3");
    await screen.findByRole("table");

    await user.selectOptions(screen.getByLabelText("Region"), "Europe");
    await waitFor(() => expect(router.state.location.search).toBe("?region=Europe"));
    await waitFor(() => expect(apiQuery(list(requests).at(-1))).toMatchObject({ region: "Europe", page: "1" }));

    await user.type(screen.getByLabelText("Search code or name"), "kor{Enter}");
    await waitFor(() => expect(router.state.location.search).toBe("?region=Europe&q=kor"));
    await waitFor(() => expect(apiQuery(list(requests).at(-1))).toMatchObject({ q: "kor" }));

    await user.click(screen.getByRole("button", { name: /^Region/ }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("sort")).toBe("region"));
    await user.click(screen.getByRole("button", { name: /^Region/ }));
    await waitFor(() => expect(apiQuery(list(requests).at(-1))).toMatchObject({ sort: "-region" }));

    await user.click(await screen.findByRole("button", { name: "Next page" }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("page")).toBe("2"));
    await waitFor(() => expect(apiQuery(list(requests).at(-1))).toMatchObject({ page: "2", sort: "-region", q: "kor" }));

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(router.state.location.search).toBe("?sort=-region"));
  });

  it("shows Korean names and labels in Korean", async () => {
    await changeLanguage("ko");
    catalogServer({ "GET /api/v1/countries": { body: page([kenya]) } });
    renderAt("/catalogs/countries");
    const table = await screen.findByRole("table", { name: "이 화면의 국가" });
    expect(within(table).getByRole("link", { name: "케냐" })).toBeInTheDocument();
    expect(within(table).getByText("아프리카")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "카탈로그", level: 1 })).toBeInTheDocument();
  });

  it("offers 'New country' to catalog writers only", async () => {
    catalogServer({ "GET /api/v1/countries": { body: page([kenya]) } });
    renderAt("/catalogs/countries");
    expect(await screen.findByRole("link", { name: "New country" })).toHaveAttribute("href", "/catalogs/countries/new");
  });

  it("shows readers the list without 'New country'", async () => {
    const { requests } = catalogServer({ "GET /api/v1/countries": { body: page([kenya]) } }, ["ReadCatalog", "ReadProjects"]);
    renderAt("/catalogs/countries");
    await screen.findByRole("table");
    await waitFor(() => expect(sent(requests, "GET", "/api/v1/me")).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("link", { name: "New country" })).not.toBeInTheDocument();
  });

  it("says so when nothing matches", async () => {
    catalogServer({ "GET /api/v1/countries": { body: page([]) } });
    renderAt("/catalogs/countries?q=zz");
    expect(await screen.findByText("No countries match these filters.")).toBeInTheDocument();
  });

  it("shows a failed load with a retry", async () => {
    catalogServer({ "GET /api/v1/countries": { status: 500, body: { status: 500, title: "Server error" } } });
    renderAt("/catalogs/countries");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The countries could not be loaded");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
