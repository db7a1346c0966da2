import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../../api/client";
import { jsonResponse } from "../../../test/http";
import { renderRoutes } from "../../../test/render";
import { analystMe, page, problem, query, samsung, serveApi } from "../testData";
import { ApiClientsPage } from "./ApiClientsPage";

const configured: Schema<"ApiClient"> = {
  clientId: "e2e-setup",
  displayName: "Set-up client",
  scopes: ["admin"],
  organizationId: null,
  provisionedByConfiguration: true,
  createdAt: null,
};
const erp: Schema<"ApiClient"> = {
  clientId: "samsung-erp",
  displayName: "Samsung ERP",
  scopes: ["projects:read", "projects:write"],
  organizationId: samsung.id,
  provisionedByConfiguration: false,
  createdAt: "2026-03-01T10:00:00Z",
};

function renderPage(path = "/admin/api-clients") {
  return renderRoutes([{ path: "/admin/api-clients", element: <ApiClientsPage /> }], path);
}

const list = () => jsonResponse(page([configured, erp]));

describe("ApiClientsPage", { timeout: 20_000 }, () => {
  it("lists the clients; those from configuration have a badge and no rotate or revoke", async () => {
    const api = serveApi({ "GET /api/v1/api-clients": list });
    renderPage("/admin/api-clients?page=2");
    const table = await screen.findByRole("table", { name: "Registered API clients" });
    const [, first, second] = within(table).getAllByRole("row");

    expect(within(first!).getByText("e2e-setup")).toBeInTheDocument();
    expect(within(first!).getByText("From configuration")).toBeInTheDocument();
    expect(within(first!).queryByRole("button")).not.toBeInTheDocument();

    expect(within(second!).getByText("projects:write")).toBeInTheDocument();
    expect(await within(second!).findByText("Samsung SDS")).toBeInTheDocument();
    expect(within(second!).getByText("Mar 1, 2026")).toBeInTheDocument();
    expect(within(second!).queryByText("From configuration")).not.toBeInTheDocument();
    expect(within(second!).getByRole("button", { name: "Rotate the secret of samsung-erp" })).toBeInTheDocument();
    expect(within(second!).getByRole("button", { name: "Revoke samsung-erp" })).toBeInTheDocument();
    expect(query(api.to("GET", "/api/v1/api-clients")[0])).toEqual({ page: "2", pageSize: "25" });
  });

  it("creates a client and shows its secret once", async () => {
    const api = serveApi({
      "GET /api/v1/api-clients": list,
      "POST /api/v1/api-clients": () =>
        jsonResponse({ client: { ...erp, clientId: "kcs-gateway", scopes: ["projects:read", "audit:read"] }, clientSecret: "s3cr3t-VALUE" }, { status: 201 }),
    });
    const user = userEvent.setup({ delay: null });
    renderPage();
    await screen.findByRole("table");

    await user.click(screen.getByRole("button", { name: "New API client" }));
    const form = await screen.findByRole("form", { name: "New API client" });
    await user.type(within(form).getByLabelText(/^Client id/), "kcs-gateway");
    await user.type(within(form).getByLabelText(/^Display name/), "KCS gateway");
    await user.click(within(form).getByRole("checkbox", { name: /^projects:read/ }));
    await user.click(within(form).getByRole("checkbox", { name: /^audit:read/ }));
    await user.selectOptions(within(form).getByLabelText("Organization (optional)"), samsung.id);
    await user.click(within(form).getByRole("button", { name: "Create" }));

    const dialog = await screen.findByRole("dialog", { name: "Secret of kcs-gateway" });
    expect(within(dialog).getByLabelText("Client secret")).toHaveValue("s3cr3t-VALUE");
    expect(within(dialog).getByRole("button", { name: "Copy" })).toBeInTheDocument();
    expect(dialog).toHaveTextContent("it is shown only this once");
    expect(await api.to("POST", "/api/v1/api-clients")[0]!.json()).toEqual({
      clientId: "kcs-gateway",
      displayName: "KCS gateway",
      scopes: ["projects:read", "audit:read"],
      organizationId: samsung.id,
    });

    await user.click(within(dialog).getByRole("button", { name: "I have stored it" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.queryByDisplayValue("s3cr3t-VALUE")).not.toBeInTheDocument();
    expect(screen.queryByText("s3cr3t-VALUE")).not.toBeInTheDocument();
  });

  it("shows the API's message beside a bad client id and keeps the input", async () => {
    serveApi({
      "GET /api/v1/api-clients": list,
      "POST /api/v1/api-clients": () => problem(400, { title: "Invalid request", errors: { clientId: ["use lower-case letters, digits."] } }),
    });
    const user = userEvent.setup({ delay: null });
    renderPage();
    await screen.findByRole("table");
    await user.click(screen.getByRole("button", { name: "New API client" }));
    const form = await screen.findByRole("form", { name: "New API client" });
    await user.type(within(form).getByLabelText(/^Client id/), "Bad Id");
    await user.click(within(form).getByRole("button", { name: "Create" }));
    await waitFor(() => expect(within(form).getByLabelText(/^Client id/)).toHaveAccessibleDescription(/use lower-case letters, digits\./));
    expect(within(form).getByLabelText(/^Client id/)).toHaveValue("Bad Id");
  });

  it("rotates a secret after confirming and shows the new one", async () => {
    const api = serveApi({
      "GET /api/v1/api-clients": list,
      "POST /api/v1/api-clients/{clientId}/secret": () => jsonResponse({ client: erp, clientSecret: "n3w-s3cr3t" }),
    });
    const user = userEvent.setup({ delay: null });
    renderPage();
    await screen.findByRole("table");

    await user.click(screen.getByRole("button", { name: "Rotate the secret of samsung-erp" }));
    const confirm = await screen.findByRole("dialog", { name: "Rotate the secret of samsung-erp?" });
    expect(api.to("POST", /\/secret$/)).toHaveLength(0);
    await user.click(within(confirm).getByRole("button", { name: "Rotate secret" }));

    const dialog = await screen.findByRole("dialog", { name: "Secret of samsung-erp" });
    expect(within(dialog).getByLabelText("Client secret")).toHaveValue("n3w-s3cr3t");
    expect(api.to("POST", "/api/v1/api-clients/samsung-erp/secret")).toHaveLength(1);
  });

  it("revokes a client after confirming, and shows the API's refusal", async () => {
    let refuse = true;
    const api = serveApi({
      "GET /api/v1/api-clients": list,
      "DELETE /api/v1/api-clients/{clientId}": () =>
        refuse
          ? problem(409, {
              title: "The record's state does not allow this",
              detail: "API client 'samsung-erp' comes from the configuration (Auth:Clients) and is re-created at every start; change or remove it there.",
              rule: "ConfiguredClientsAreManagedInConfiguration",
            })
          : new Response(null, { status: 204 }),
    });
    const user = userEvent.setup({ delay: null });
    renderPage();
    await screen.findByRole("table");

    await user.click(screen.getByRole("button", { name: "Revoke samsung-erp" }));
    const confirm = await screen.findByRole("dialog", { name: "Revoke samsung-erp?" });
    await user.click(within(confirm).getByRole("button", { name: "Revoke client" }));
    expect(await within(confirm).findByRole("alert")).toHaveTextContent("comes from the configuration (Auth:Clients)");

    refuse = false;
    await user.click(within(confirm).getByRole("button", { name: "Revoke client" }));
    await screen.findByText("API client samsung-erp revoked.");
    expect(api.to("DELETE", "/api/v1/api-clients/samsung-erp")).toHaveLength(2);
    await waitFor(() => expect(api.to("GET", "/api/v1/api-clients").length).toBeGreaterThan(1));
  });

  it("tells a user without Administer that they have no access", async () => {
    const api = serveApi({ "GET /api/v1/api-clients": list }, analystMe);
    renderPage();
    expect(await screen.findByText("No access")).toBeInTheDocument();
    expect(api.to("GET", "/api/v1/api-clients")).toHaveLength(0);
  });
});
