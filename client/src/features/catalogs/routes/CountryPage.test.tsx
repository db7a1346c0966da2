import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { renderRoutes } from "../../../test/render";
import type { Country } from "../api/countries";
import { projectSummary } from "../../../test/projectSummary";
import { catalogsRoutes } from "../routes";
import { apiQuery, catalogServer, preloadPages, sent } from "../testServer";

const kenya: Country = { code: "KE", alpha3: "KEN", name: "Kenya", nameKo: "케냐", region: "Africa", version: 2 };

const project = projectSummary;

function renderAt(path: string) {
  return renderRoutes(
    [
      { path: "/catalogs", children: catalogsRoutes },
      { path: "/projects/:id", element: <p>project page</p> },
    ],
    path,
  );
}

beforeAll(preloadPages, 30_000);

describe("CountryPage", () => {
  it("shows the country with its region and its projects, a page at a time", async () => {
    const first = project({ code: "EXP-2026-0001" });
    const { requests } = catalogServer({
      "GET /api/v1/countries/KE": { body: kenya },
      "GET /api/v1/projects": {
        body: {
          items: [first, project({ code: "EXP-2026-0002", title: "UNI-PASS for Kenya", stage: "Contract", status: "OnHold" })],
          page: 1,
          pageSize: 10,
          totalCount: 23,
        },
      },
    });
    const user = userEvent.setup();
    const { router } = renderAt("/catalogs/countries/KE");

    expect(await screen.findByRole("heading", { name: "Kenya (KE)", level: 2 })).toBeInTheDocument();
    expect(screen.getByText("Africa")).toBeInTheDocument();
    expect(screen.getByText("KEN")).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Export projects with this country" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole("link", { name: "EXP-2026-0001" })).toHaveAttribute("href", `/projects/${first.id}`);
    expect(within(rows[1]!).getByText("MOU")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("$12,500,000")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Contract")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("On hold")).toBeInTheDocument();

    const projects = () => sent(requests, "GET", "/api/v1/projects");
    expect(apiQuery(projects()[0])).toMatchObject({ countryCode: "KE", page: "1", pageSize: "10" });

    await user.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(router.state.location.search).toBe("?page=2"));
    await waitFor(() => expect(apiQuery(projects().at(-1))).toMatchObject({ countryCode: "KE", page: "2" }));
    expect(screen.getByRole("link", { name: "Edit" })).toHaveAttribute("href", "/catalogs/countries/KE/edit");
  });

  it("says when the country has no projects, and hides Edit from readers", async () => {
    const { requests } = catalogServer(
      {
        "GET /api/v1/countries/KE": { body: kenya },
        "GET /api/v1/projects": { body: { items: [], page: 1, pageSize: 10, totalCount: 0 } },
      },
      ["ReadCatalog"],
    );
    renderAt("/catalogs/countries/KE");
    expect(await screen.findByText("No export projects with this country yet.")).toBeInTheDocument();
    await waitFor(() => expect(sent(requests, "GET", "/api/v1/me")).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("link", { name: "Edit" })).not.toBeInTheDocument();
  });

  it("says when the country does not exist", async () => {
    catalogServer({});
    renderAt("/catalogs/countries/ZZ");
    expect(await screen.findByText("There is no country with the code ZZ.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "All countries" })).toHaveAttribute("href", "/catalogs/countries");
  });
});

describe("country forms", () => {
  it("shows the API's field errors beside the fields and keeps what was typed", async () => {
    const { requests } = catalogServer({
      "POST /api/v1/countries": {
        status: 400,
        body: { status: 400, title: "Validation failed", errors: { code: ["country KE already exists."], alpha3: ["must be a three-letter ISO 3166-1 alpha-3 code."] } },
      },
    });
    const user = userEvent.setup();
    renderAt("/catalogs/countries/new");

    await user.type(await screen.findByLabelText(/^ISO alpha-2 code/), "ke");
    await user.type(screen.getByLabelText(/^ISO alpha-3 code/), "KE1");
    await user.type(screen.getByLabelText(/^Name in English/), "Kenya");
    await user.type(screen.getByLabelText(/^Name in Korean/), "케냐");
    await user.selectOptions(screen.getByLabelText(/^Region/), "Africa");
    await user.click(screen.getByRole("button", { name: "Create" }));

    const code = screen.getByLabelText(/^ISO alpha-2 code/);
    await waitFor(() => expect(code).toHaveAccessibleDescription(/country KE already exists\./));
    expect(screen.getByLabelText(/^ISO alpha-3 code/)).toHaveAccessibleDescription(/must be a three-letter/);
    expect(code).toHaveAttribute("aria-invalid", "true");
    expect(code).toHaveValue("ke");
    expect(screen.getByLabelText(/^Name in Korean/)).toHaveValue("케냐");
    expect(screen.getByLabelText(/^Region/)).toHaveValue("Africa");
    expect(screen.getByRole("alert")).toHaveTextContent("Some fields need attention");

    const body = (await sent(requests, "POST", "/api/v1/countries")[0]!.json()) as unknown;
    expect(body).toEqual({ code: "KE", alpha3: "KE1", name: "Kenya", nameKo: "케냐", region: "Africa" });
  });

  it("edits with If-Match and goes back to the country", async () => {
    const { requests } = catalogServer({
      "GET /api/v1/countries/KE": { body: kenya },
      "PUT /api/v1/countries/KE": { body: { ...kenya, name: "Republic of Kenya", version: 3 } },
      "GET /api/v1/projects": { body: { items: [], page: 1, pageSize: 10, totalCount: 0 } },
    });
    const user = userEvent.setup();
    const { router } = renderAt("/catalogs/countries/KE/edit");

    const name = await screen.findByLabelText(/^Name in English/);
    expect(name).toHaveValue("Kenya");
    expect(screen.getByLabelText(/^ISO alpha-2 code/)).toBeDisabled();
    await user.clear(name);
    await user.type(name, "Republic of Kenya");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/catalogs/countries/KE"));
    const put = sent(requests, "PUT", "/api/v1/countries/KE")[0]!;
    expect(put.headers.get("If-Match")).toBe('"2"');
    expect(await put.json()).toEqual({ alpha3: "KEN", name: "Republic of Kenya", nameKo: "케냐", region: "Africa" });
  });

  it("on 412 shows what the other user changed, reapplies the edits on the current version and saves against it", async () => {
    let version = 2;
    const { requests } = catalogServer({
      "GET /api/v1/countries/KE": () => ({ body: { ...kenya, nameKo: version === 2 ? "케냐" : "케냐 공화국", version } }),
      "PUT /api/v1/countries/KE": (request) =>
        request.headers.get("If-Match") === `"${version}"`
          ? { body: { ...kenya, version: version + 1 } }
          : { status: 412, body: { status: 412, title: "Precondition Failed", currentVersion: version } },
      "GET /api/v1/projects": { body: { items: [], page: 1, pageSize: 10, totalCount: 0 } },
    });
    const user = userEvent.setup();
    const { router } = renderAt("/catalogs/countries/KE/edit");

    const name = await screen.findByLabelText(/^Name in English/);
    version = 5; // someone else saves meanwhile
    await user.clear(name);
    await user.type(name, "Kenya (edited)");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const dialog = await screen.findByRole("dialog", { name: "Someone else changed this record" });
    const theirs = await within(dialog).findByRole("table", { name: "What they changed" });
    expect(within(theirs).getByText("Name in Korean")).toBeInTheDocument();
    expect(within(theirs).getByText("케냐 공화국")).toBeInTheDocument();
    expect(dialog).toHaveTextContent("Name in English: Kenya (edited)");
    expect(router.state.location.pathname).toBe("/catalogs/countries/KE/edit");

    await user.click(within(dialog).getByRole("button", { name: "Reload and reapply my changes" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Name in English/)).toHaveValue("Kenya (edited)");
    expect(screen.getByLabelText(/^Name in Korean/)).toHaveValue("케냐 공화국");

    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/catalogs/countries/KE"));
    const puts = sent(requests, "PUT", "/api/v1/countries/KE");
    expect(puts.map((r) => r.headers.get("If-Match"))).toEqual(['"2"', '"5"']);
    expect(await puts[1]!.json()).toMatchObject({ name: "Kenya (edited)", nameKo: "케냐 공화국" });
  });

  it("tells readers they may not change the catalog", async () => {
    catalogServer({}, ["ReadCatalog"]);
    renderAt("/catalogs/countries/new");
    expect(await screen.findByRole("alert")).toHaveTextContent("You may read the catalogs but not change them.");
    expect(screen.queryByRole("button", { name: "Create" })).not.toBeInTheDocument();
  });
});
