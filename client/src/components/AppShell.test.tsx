import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import { resetOidcConfiguration } from "../auth/config";
import { resetSession, storeTokens } from "../auth/session";
import { browserNavigation } from "../auth/signIn";
import { languageStorageKey } from "../i18n";
import { jsonResponse, mockFetch } from "../test/http";
import { renderRoutes } from "../test/render";
import { routes } from "../router";

const origin = window.location.origin;

function server(permissions: string[] = ["ReadProjects", "CreateProjects"]) {
  return mockFetch((request) => {
    const { pathname } = new URL(request.url);
    if (pathname === "/auth/spa-config") {
      return jsonResponse({ authority: null, clientId: "egovexport-spa", scope: "openid profile email roles offline_access" });
    }
    if (pathname === "/.well-known/openid-configuration") {
      return jsonResponse({
        issuer: `${origin}/`,
        authorization_endpoint: `${origin}/connect/authorize`,
        token_endpoint: `${origin}/connect/token`,
        end_session_endpoint: `${origin}/connect/logout`,
      });
    }
    if (pathname === "/api/v1/me") {
      return jsonResponse({
        kind: "User",
        id: "u1",
        name: "minji.kim@nia.go.kr",
        displayName: "Kim Minji",
        roles: ["AgencyOfficer"],
        scopes: [],
        organizationId: null,
        permissions,
      });
    }
    return jsonResponse({ items: [], page: 1, pageSize: 25, totalCount: 0 });
  });
}

describe("app shell", () => {
  let assign: Mock<(url: string) => void>;
  beforeEach(() => {
    resetSession();
    resetOidcConfiguration();
    assign = vi.fn<(url: string) => void>();
    vi.spyOn(browserNavigation, "assign").mockImplementation(assign);
  });
  afterEach(() => resetSession());

  it("sends a signed-out visitor to the authorization endpoint, remembering where they were", async () => {
    server();
    renderRoutes(routes, "/projects?stage=Mou");
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    const url = new URL(assign.mock.calls[0]![0] as string);
    expect(url.pathname).toBe("/connect/authorize");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(sessionStorage.getItem("egovexport.auth.pending")).toContain("/projects?stage=Mou");
  });

  it("shows the sections the user may open, the current one marked, and the user's name", async () => {
    storeTokens({ access_token: "a", refresh_token: "r", id_token: "id", expires_in: 3600 });
    server();
    renderRoutes(routes, "/dashboard/no-such-page");

    const nav = screen.getByRole("navigation", { name: "Main navigation" });
    expect(await screen.findByText("Signed in as Kim Minji")).toBeInTheDocument();
    expect(within(nav).getAllByRole("link").map((link) => link.textContent)).toEqual(["Board", "Projects", "Catalogs", "Dashboard"]);
    expect(within(nav).getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByText("Page not found.")).toBeInTheDocument();
  });

  it("offers Administration to those who may administer or read the audit trail", async () => {
    storeTokens({ access_token: "a", expires_in: 3600 });
    server(["ReadProjects", "ReadAudit"]);
    renderRoutes(routes, "/no-such-page");

    const nav = screen.getByRole("navigation", { name: "Main navigation" });
    expect(await within(nav).findByRole("link", { name: "Administration" })).toHaveAttribute("href", "/admin");
  });

  it("switches the language and remembers it", async () => {
    storeTokens({ access_token: "a", expires_in: 3600 });
    server();
    const user = userEvent.setup();
    renderRoutes(routes, "/no-such-page");

    await user.selectOptions(screen.getByLabelText("Language"), "ko");

    expect(await screen.findByRole("link", { name: "대시보드" })).toBeInTheDocument();
    expect(screen.getByText("페이지를 찾을 수 없습니다.")).toBeInTheDocument();
    expect(localStorage.getItem(languageStorageKey)).toBe("ko");
  });

  it("signs out at the server", async () => {
    storeTokens({ access_token: "a", refresh_token: "r", id_token: "id-1", expires_in: 3600 });
    server();
    const user = userEvent.setup();
    renderRoutes(routes, "/no-such-page");

    await user.click(screen.getByRole("button", { name: "Sign out" }));

    await waitFor(() => expect(assign).toHaveBeenCalled());
    const url = new URL(assign.mock.calls.at(-1)![0] as string);
    expect(url.pathname).toBe("/connect/logout");
    expect(url.searchParams.get("id_token_hint")).toBe("id-1");
  });
});
