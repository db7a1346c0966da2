import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../../api/client";
import { jsonResponse } from "../../../test/http";
import { renderRoutes } from "../../../test/render";
import { analystMe, me, page, query, serveApi } from "../testData";
import { startOfDay, startOfNextDay } from "../searchParams";
import { AuditPage } from "./AuditPage";

const projectId = "7d1e7a70-0000-4000-8000-000000000001";
const entries: Schema<"AuditEntry">[] = [
  {
    id: "a1",
    at: "2026-05-02T08:30:00Z",
    actorKind: "User",
    actorId: "u1",
    actorName: "admin@egovexport.local",
    action: "Moved",
    operation: "MoveProjectStage",
    recordType: "Project",
    recordId: projectId,
    recordLabel: "EXP-2026-0001",
    before: { title: "e-Procurement for Kenya", stage: "Mou", consulting: { plannedRounds: 2 } },
    after: { title: "e-Procurement for Kenya", stage: "Contract", consulting: { plannedRounds: 2 } },
    requestId: null,
  },
  {
    id: "a2",
    at: "2026-05-01T07:00:00Z",
    actorKind: "Client",
    actorId: "e2e-setup",
    actorName: "e2e-setup",
    action: "Created",
    operation: "CreateUser",
    recordType: "User",
    recordId: "u9",
    recordLabel: "kim@samsung.example",
    before: null,
    after: JSON.stringify({ email: "kim@samsung.example", displayName: "Kim", roles: ["CompanyMember"], organizationId: null }),
    requestId: null,
  },
];

function renderPage(path = "/admin/audit") {
  return renderRoutes(
    [
      { path: "/admin/audit", element: <AuditPage /> },
      { path: "/projects/:id", element: <p>Project page</p> },
    ],
    path,
  );
}

const list = () => jsonResponse(page(entries));

describe("AuditPage", { timeout: 20_000 }, () => {
  it("shows who changed what, with only the changed fields", async () => {
    const api = serveApi({ "GET /api/v1/audit": list });
    const user = userEvent.setup({ delay: null });
    renderPage();

    const list_ = await screen.findByRole("list", { name: "Audit entries" });
    const [moved, created] = within(list_).getAllByRole("listitem");
    expect(within(moved!).getByText("Moved")).toBeInTheDocument();
    expect(within(moved!).getByText("by admin@egovexport.local")).toBeInTheDocument();
    expect(within(moved!).getByText("(User)")).toBeInTheDocument();
    expect(within(moved!).getByText("Operation: MoveProjectStage")).toBeInTheDocument();
    const changes = within(moved!).getByRole("table", { name: "Changes" });
    const rows = within(changes).getAllByRole("row");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent(/stage\s*Mou\s*Contract/);
    expect(within(moved!).queryByText("title")).not.toBeInTheDocument();
    expect(within(moved!).getByText(/May 2, 2026/)).toBeInTheDocument();

    expect(within(created!).getByText("(API client)")).toBeInTheDocument();
    expect(within(created!).getByText("User")).toBeInTheDocument();
    expect(within(created!).getByText("kim@samsung.example", { selector: "p" })).toBeInTheDocument();
    const createdRows = within(within(created!).getByRole("table")).getAllByRole("row");
    // A creation: every field with a value, nothing before; organizationId (null) is left out.
    expect(createdRows.map((r) => r.textContent)).toEqual([
      "FieldBeforeAfter",
      "email—kim@samsung.example",
      "displayName—Kim",
      "roles—CompanyMember",
    ]);

    expect(query(api.to("GET", "/api/v1/audit")[0])).toEqual({ page: "1", pageSize: "25" });
    await user.click(within(moved!).getByRole("link", { name: "EXP-2026-0001" }));
    expect(await screen.findByText("Project page")).toBeInTheDocument();
  });

  it("sends the filters in the URL to the API", async () => {
    const api = serveApi({ "GET /api/v1/audit": list });
    renderPage("/admin/audit?recordType=User&recordId=u9&actor=admin&action=Created&from=2026-05-01&to=2026-05-31&page=2");
    await screen.findByRole("list", { name: "Audit entries" });
    expect(query(api.to("GET", "/api/v1/audit")[0])).toEqual({
      page: "2",
      pageSize: "25",
      recordType: "User",
      recordId: "u9",
      actor: "admin",
      action: "Created",
      from: startOfDay("2026-05-01"),
      to: startOfNextDay("2026-05-31"),
    });
    expect(new Date(startOfNextDay("2026-05-31")).getTime() - new Date(startOfDay("2026-05-31")).getTime()).toBe(86_400_000);
    expect(screen.getByLabelText("Record type")).toHaveValue("User");
    expect(screen.getByLabelText("Actor (id or name)")).toHaveValue("admin");
  });

  it("writes changed filters into the URL and the request, back on page 1", async () => {
    const api = serveApi({ "GET /api/v1/audit": list });
    const user = userEvent.setup({ delay: null });
    const { router } = renderPage("/admin/audit?page=4");
    await screen.findByRole("list", { name: "Audit entries" });

    await user.selectOptions(screen.getByLabelText("Record type"), "User");
    await waitFor(() => expect(router.state.location.search).toBe("?recordType=User"));
    await waitFor(() => expect(query(api.to("GET", "/api/v1/audit").at(-1))).toEqual({ page: "1", pageSize: "25", recordType: "User" }));

    await user.selectOptions(screen.getByLabelText("Action"), "Updated");
    await user.type(screen.getByLabelText("Actor (id or name)"), "e2e-setup");
    await user.type(screen.getByLabelText("From"), "2026-05-01");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        recordType: "User",
        action: "Updated",
        actor: "e2e-setup",
        from: "2026-05-01",
      }),
    );
    await waitFor(() =>
      expect(query(api.to("GET", "/api/v1/audit").at(-1))).toMatchObject({ action: "Updated", actor: "e2e-setup", from: startOfDay("2026-05-01") }),
    );

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(router.state.location.search).toBe(""));
  });

  it("says so when nothing matches", async () => {
    serveApi({ "GET /api/v1/audit": () => jsonResponse(page([])) });
    renderPage();
    expect(await screen.findByText("No audit entries match these filters.")).toBeInTheDocument();
  });

  it("is open to analysts (ReadAudit) and closed to those without it", async () => {
    serveApi({ "GET /api/v1/audit": list }, analystMe);
    const { unmount } = renderPage();
    expect(await screen.findByRole("list", { name: "Audit entries" })).toBeInTheDocument();
    unmount();

    const api = serveApi({ "GET /api/v1/audit": list }, me(["ReadProjects"]));
    renderPage();
    expect(await screen.findByText("Your role does not allow reading the audit trail.")).toBeInTheDocument();
    expect(api.to("GET", "/api/v1/audit")).toHaveLength(0);
  });
});
