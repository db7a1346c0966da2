import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { jsonResponse } from "../../../test/http";
import { renderRoutes } from "../../../test/render";
import { adminRoutes } from "../routes";
import { page, serveApi } from "../testData";

describe("admin section", { timeout: 20_000 }, () => {
  it("lands on the users and moves between the sections", async () => {
    serveApi({
      "GET /api/v1/users": () => jsonResponse(page([])),
      "GET /api/v1/api-clients": () => jsonResponse(page([])),
      "GET /api/v1/audit": () => jsonResponse(page([])),
    });
    const user = userEvent.setup({ delay: null });
    const { router } = renderRoutes([{ path: "/admin", children: adminRoutes }], "/admin");

    await waitFor(() => expect(router.state.location.pathname).toBe("/admin/users"));
    expect(screen.getByRole("heading", { level: 1, name: "Administration" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { level: 2, name: "Users" })).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Administration sections" });
    expect(nav).toContainElement(screen.getByRole("link", { name: "Users" }));
    expect(screen.getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");

    await user.click(screen.getByRole("link", { name: "API clients" }));
    expect(await screen.findByRole("heading", { level: 2, name: "API clients" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "API clients" })).toHaveAttribute("aria-current", "page");

    await user.click(screen.getByRole("link", { name: "Audit trail" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Audit trail" })).toBeInTheDocument();
    expect(await screen.findByText("No audit entries match these filters.")).toBeInTheDocument();
  });
});
