import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { changeLanguage } from "../../../i18n";
import { jsonResponse, mockFetch } from "../../../test/http";
import { renderRoutes } from "../../../test/render";
import type { ProjectPage } from "../api/listProjects";
import { projectSummary } from "../test/fixtures";
import { ProjectsPage } from "./ProjectsPage";

const project = projectSummary;

const page: ProjectPage = {
  items: [
    project({ code: "EXP-2026-0001" }),
    project({ code: "EXP-2026-0002", title: "UNI-PASS for Ghana", countryCode: "GH", stage: "Contract", estimatedValueUsd: 40_000_000, expectedDecisionOn: null }),
  ],
  page: 1,
  pageSize: 25,
  totalCount: 2,
};

function serve(body: unknown = page, status = 200, permissions: string[] = ["ReadProjects"]) {
  const requests: Request[] = [];
  const served = mockFetch((request) => {
    if (new URL(request.url).pathname === "/api/v1/me") {
      return jsonResponse({ kind: "User", id: "u1", name: "Tester", roles: [], scopes: [], permissions });
    }
    requests.push(request);
    return jsonResponse(body, { status, contentType: status >= 400 ? "application/problem+json" : "application/json" });
  });
  return { ...served, requests };
}

function renderPage(path = "/projects") {
  return renderRoutes([{ path: "/projects", element: <ProjectsPage /> }], path);
}

const apiQuery = (request: Request | undefined) => new URL(request!.url).searchParams;

describe("ProjectsPage", () => {
  it("shows the projects of the response", async () => {
    const { requests } = serve();
    renderPage();

    const table = await screen.findByRole("table", { name: "Export opportunities in this view" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText("EXP-2026-0001")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Kenya")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("MOU")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("$12,500,000")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Sep 30, 2026")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("UNI-PASS for Ghana")).toBeInTheDocument();
    expect(screen.getByText("Projects found: 2")).toBeInTheDocument();

    expect(new URL(requests[0]!.url).pathname).toBe("/api/v1/projects");
    expect(apiQuery(requests[0]).get("page")).toBe("1");
    expect(apiQuery(requests[0]).get("pageSize")).toBe("25");
  });

  it("sends the filters in the URL to the API", async () => {
    const { requests } = serve();
    renderPage("/projects?stage=Contract&status=OnHold&countryCode=gh&q=pass&page=2&sort=-estimatedValueUsd");
    await screen.findByRole("table");
    const query = apiQuery(requests[0]);
    expect(Object.fromEntries(query)).toEqual({
      page: "2",
      pageSize: "25",
      sort: "-estimatedValueUsd",
      stage: "Contract",
      status: "OnHold",
      countryCode: "GH",
      q: "pass",
    });
    expect(screen.getByRole("columnheader", { name: /Estimated value/ })).toHaveAttribute("aria-sort", "descending");
  });

  it("puts a changed filter into the URL and the request, back on page 1", async () => {
    const { requests } = serve();
    const user = userEvent.setup();
    const { router } = renderPage("/projects?page=3");
    await screen.findByRole("table");

    await user.selectOptions(screen.getByLabelText("Stage"), "Consulting");

    await waitFor(() => expect(router.state.location.search).toBe("?stage=Consulting"));
    await waitFor(() => expect(apiQuery(requests.at(-1)).get("stage")).toBe("Consulting"));
    expect(apiQuery(requests.at(-1)).get("page")).toBe("1");

    await user.type(screen.getByLabelText("Search code or title"), "customs{Enter}");
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("q")).toBe("customs"));
    await waitFor(() => expect(apiQuery(requests.at(-1)).get("q")).toBe("customs"));
  });

  it("sorts by a column header, ascending then descending", async () => {
    const { requests } = serve();
    const user = userEvent.setup();
    const { router } = renderPage();
    await screen.findByRole("table");

    await user.click(screen.getByRole("button", { name: /^Code/ }));
    await waitFor(() => expect(router.state.location.search).toBe("?sort=code"));
    await user.click(screen.getByRole("button", { name: /^Code/ }));
    await waitFor(() => expect(router.state.location.search).toBe("?sort=-code"));
    await waitFor(() => expect(apiQuery(requests.at(-1)).get("sort")).toBe("-code"));
  });

  it("pages through the results", async () => {
    const { requests } = serve({ ...page, totalCount: 120 });
    const user = userEvent.setup();
    const { router } = renderPage();
    await screen.findByRole("table");

    await user.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(router.state.location.search).toBe("?page=2"));
    await waitFor(() => expect(apiQuery(requests.at(-1)).get("page")).toBe("2"));
  });

  it("downloads the current view as CSV with the same filters and sort", async () => {
    const csv = "code,title\nEXP-2026-0001,e-Procurement for Kenya\n";
    const { fetchMock } = mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/me") return jsonResponse({ kind: "User", id: "u1", name: "T", roles: [], scopes: [], permissions: ["ReadProjects"] });
      if (path === "/api/v1/projects/export") return new Response(csv, { headers: { "Content-Type": "text/csv" } });
      return jsonResponse(page);
    });
    const createObjectURL = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:csv");
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const user = userEvent.setup();
    renderPage("/projects?stage=Contract&countryCode=GH&q=pass&page=2&sort=-estimatedValueUsd");
    await screen.findByRole("table");

    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    expect(await screen.findByText("The CSV file has been downloaded.")).toBeInTheDocument();

    const exportRequest = fetchMock.mock.calls
      .map(([input]) => (input instanceof Request ? input : new Request(input as string)))
      .find((r) => new URL(r.url).pathname === "/api/v1/projects/export")!;
    expect(Object.fromEntries(new URL(exportRequest.url).searchParams)).toEqual({
      sort: "-estimatedValueUsd",
      stage: "Contract",
      countryCode: "GH",
      q: "pass",
    });
    expect(click).toHaveBeenCalledOnce();
    expect(clicked[0]!.download).toMatch(/^projects-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await (createObjectURL.mock.calls[0]![0] as Blob).text()).toBe(csv);
  });

  it("says so when the export fails", async () => {
    mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/me") return jsonResponse({ kind: "User", id: "u1", name: "T", roles: [], scopes: [], permissions: [] });
      if (path === "/api/v1/projects/export") return jsonResponse({ status: 500, title: "Server error" }, { status: 500, contentType: "application/problem+json" });
      return jsonResponse(page);
    });
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The export failed");
    expect(alert).toHaveTextContent("Server error");
  });

  it("offers a new project only to those who may create projects", async () => {
    serve(page, 200, ["ReadProjects", "CreateProjects"]);
    renderPage();
    expect(await screen.findByRole("link", { name: "New project" })).toHaveAttribute("href", "/projects/new");
  });

  it("hides the new-project button from readers", async () => {
    serve();
    renderPage();
    await screen.findByRole("table");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("link", { name: "New project" })).not.toBeInTheDocument();
  });

  it("says so when nothing matches", async () => {
    serve({ items: [], page: 1, pageSize: 25, totalCount: 0 });
    renderPage();
    expect(await screen.findByText("No projects match these filters.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("shows the problem's title and detail when the request fails", async () => {
    serve({ status: 400, title: "Invalid request", detail: "countryCode: must be 2 characters", errors: {} }, 400);
    renderPage();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The projects could not be loaded");
    expect(alert).toHaveTextContent("Invalid request: countryCode: must be 2 characters");
  });

  it("shows everything in Korean when the language is Korean", async () => {
    await changeLanguage("ko");
    serve();
    renderPage();
    const table = await screen.findByRole("table", { name: "이 화면의 수출 사업 기회" });
    expect(within(table).getByText("케냐")).toBeInTheDocument();
    expect(within(table).getByText("US$12,500,000")).toBeInTheDocument();
    expect(screen.getByLabelText("단계")).toBeInTheDocument();
  });
});
