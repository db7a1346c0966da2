import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Schema } from "../../../api/client";
import { changeLanguage } from "../../../i18n";
import { jsonResponse } from "../../../test/http";
import { renderRoutes } from "../../../test/render";
import { adminMe, analystMe, nia, page, problem, query, samsung, serveApi } from "../testData";
import { invitationLink, UsersPage } from "./UsersPage";

function user(overrides: Partial<Schema<"User">>): Schema<"User"> {
  return {
    id: crypto.randomUUID(),
    email: "kim@samsung.example",
    displayName: "Kim Minji",
    roles: ["CompanyMember"],
    organizationId: samsung.id,
    isDisabled: false,
    twoFactorEnabled: false,
    lockedOutUntil: null,
    createdAt: "2026-02-01T09:00:00Z",
    version: 4,
    ...overrides,
  };
}

const kim = user({});
const lee = user({
  email: "lee@nia.example",
  displayName: "Lee Jun",
  roles: ["AgencyOfficer", "Analyst"],
  organizationId: nia.id,
  isDisabled: true,
  twoFactorEnabled: true,
  lockedOutUntil: "2999-01-01T00:00:00Z",
  version: 7,
});

function renderPage(path = "/admin/users") {
  return renderRoutes([{ path: "/admin/users", element: <UsersPage /> }], path);
}

const listUsers = () => jsonResponse(page([kim, lee]));

describe("UsersPage", { timeout: 20_000 }, () => {
  it("lists the users with roles, organization and status", async () => {
    const api = serveApi({ "GET /api/v1/users": listUsers });
    renderPage();

    const table = await screen.findByRole("table", { name: "Users who can sign in" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText("kim@samsung.example")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Company member")).toBeInTheDocument();
    expect(await within(rows[1]!).findByText("Samsung SDS")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Active")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Agency officer, Analyst")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("National Information Society Agency (NIA)")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Disabled")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Locked out")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("2FA")).toBeInTheDocument();
    expect(within(rows[2]!).getByRole("button", { name: "Unlock" })).toBeInTheDocument();
    expect(within(rows[1]!).queryByRole("button", { name: "Unlock" })).not.toBeInTheDocument();
    expect(within(rows[1]!).getByRole("button", { name: "Disable" })).toBeInTheDocument();
    expect(screen.getByText("Users found: 2")).toBeInTheDocument();
    expect(query(api.to("GET", "/api/v1/users")[0])).toEqual({ page: "1", pageSize: "25" });
    expect(query(api.to("GET", "/api/v1/organizations")[0])).toMatchObject({ pageSize: "100" });
  });

  it("sends the filters in the URL to the API", async () => {
    const api = serveApi({ "GET /api/v1/users": listUsers });
    renderPage(`/admin/users?role=Analyst&organizationId=${nia.id}&status=disabled&q=lee&sort=-createdAt&page=2`);
    await screen.findByRole("table");
    expect(query(api.to("GET", "/api/v1/users")[0])).toEqual({
      page: "2",
      pageSize: "25",
      sort: "-createdAt",
      role: "Analyst",
      organizationId: nia.id,
      disabled: "true",
      q: "lee",
    });
    expect(screen.getByRole("columnheader", { name: /Created/ })).toHaveAttribute("aria-sort", "descending");
  });

  it("writes a changed filter, search and sort into the URL and the request", async () => {
    const api = serveApi({ "GET /api/v1/users": listUsers });
    const user = userEvent.setup({ delay: null });
    const { router } = renderPage("/admin/users?page=3");
    await screen.findByRole("table");

    await user.selectOptions(screen.getByLabelText("Role"), "Analyst");
    await waitFor(() => expect(router.state.location.search).toBe("?role=Analyst"));
    await waitFor(() => expect(query(api.to("GET", "/api/v1/users").at(-1))).toMatchObject({ role: "Analyst", page: "1" }));

    await user.selectOptions(screen.getByLabelText("Status"), "active");
    await waitFor(() => expect(query(api.to("GET", "/api/v1/users").at(-1))).toMatchObject({ disabled: "false" }));

    await user.type(screen.getByLabelText("Search e-mail or name"), "kim{Enter}");
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("q")).toBe("kim"));
    await waitFor(() => expect(query(api.to("GET", "/api/v1/users").at(-1))).toMatchObject({ q: "kim" }));

    await user.click(screen.getByRole("button", { name: /^Name/ }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("sort")).toBe("displayName"));
    await waitFor(() => expect(query(api.to("GET", "/api/v1/users").at(-1))).toMatchObject({ sort: "displayName" }));
  });

  it("creates an invited user and shows the invitation link once", async () => {
    const created = user({ email: "new@x.example", displayName: "New Person", roles: ["Analyst"], organizationId: null });
    const api = serveApi({
      "GET /api/v1/users": listUsers,
      "POST /api/v1/users": () => jsonResponse({ user: created, invitationToken: "tok+en/1=" }, { status: 201 }),
    });
    const user_ = userEvent.setup({ delay: null });
    renderPage();
    await screen.findByRole("table");

    await user_.click(screen.getByRole("button", { name: "New user" }));
    const form = await screen.findByRole("form", { name: "New user" });
    await user_.type(within(form).getByLabelText(/^E-mail/), "new@x.example");
    await user_.type(within(form).getByLabelText(/^Display name/), "New Person");
    await user_.click(within(form).getByRole("checkbox", { name: "Analyst" }));
    await user_.click(within(form).getByRole("button", { name: "Create" }));

    const link = invitationLink("new@x.example", "tok+en/1=");
    expect(link).toBe(`${window.location.origin}/account/invitation?email=new%40x.example&token=tok%2Ben%2F1%3D`);
    const dialog = await screen.findByRole("dialog", { name: "Invitation for new@x.example" });
    expect(within(dialog).getByLabelText("Invitation link")).toHaveValue(link);
    expect(within(dialog).getByRole("button", { name: "Copy" })).toBeInTheDocument();
    expect(dialog).toHaveTextContent("It will not be shown again");
    expect(await api.to("POST", "/api/v1/users")[0]!.json()).toEqual({
      email: "new@x.example",
      displayName: "New Person",
      roles: ["Analyst"],
      organizationId: null,
      password: null,
    });

    await user_.click(within(dialog).getByRole("button", { name: "I have stored it" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.queryByDisplayValue(link)).not.toBeInTheDocument();
    expect(screen.getByText("User new@x.example created.")).toBeInTheDocument();
  });

  it("shows a weak password's error beside the field and keeps what was typed", async () => {
    serveApi({
      "GET /api/v1/users": listUsers,
      "POST /api/v1/users": () =>
        problem(400, { title: "Invalid request", errors: { password: ["Passwords must have at least one digit ('0'-'9')."] } }),
    });
    const user_ = userEvent.setup({ delay: null });
    renderPage();
    await screen.findByRole("table");

    await user_.click(screen.getByRole("button", { name: "New user" }));
    const form = await screen.findByRole("form", { name: "New user" });
    await user_.type(within(form).getByLabelText(/^E-mail/), "park@samsung.example");
    await user_.type(within(form).getByLabelText(/^Display name/), "Park");
    await user_.click(within(form).getByRole("checkbox", { name: "Company member" }));
    await user_.selectOptions(within(form).getByLabelText("Organization"), samsung.id);
    await user_.type(within(form).getByLabelText(/^Password/), "weakpassword");
    await user_.click(within(form).getByRole("button", { name: "Create" }));

    const password = within(form).getByLabelText(/^Password/);
    await waitFor(() => expect(password).toHaveAccessibleDescription(/Passwords must have at least one digit/));
    expect(password).toHaveValue("weakpassword");
    expect(within(form).getByLabelText(/^E-mail/)).toHaveValue("park@samsung.example");
    expect(within(form).getByRole("checkbox", { name: "Company member" })).toBeChecked();
  });

  it("shows a role that does not fit the organization beside the fields", async () => {
    serveApi({
      "GET /api/v1/users": listUsers,
      "POST /api/v1/users": () =>
        problem(400, { title: "Invalid request", errors: { organizationId: ["a company member must belong to a Korean company."] } }),
    });
    const user_ = userEvent.setup({ delay: null });
    renderPage();
    await screen.findByRole("table");

    await user_.click(screen.getByRole("button", { name: "New user" }));
    const form = await screen.findByRole("form", { name: "New user" });
    await user_.type(within(form).getByLabelText(/^E-mail/), "park@nia.example");
    await user_.type(within(form).getByLabelText(/^Display name/), "Park");
    await user_.click(within(form).getByRole("checkbox", { name: "Company member" }));
    await user_.selectOptions(within(form).getByLabelText("Organization"), nia.id);
    await user_.click(within(form).getByRole("button", { name: "Create" }));

    await waitFor(() =>
      expect(within(form).getByLabelText("Organization")).toHaveAccessibleDescription(/a company member must belong to a Korean company/),
    );
    expect(within(form).getByLabelText("Organization")).toHaveValue(nia.id);
    expect(within(form).getByRole("checkbox", { name: "Company member" })).toBeChecked();
  });

  it("shows an error on the roles beside the roles", async () => {
    serveApi({
      "GET /api/v1/users": listUsers,
      "POST /api/v1/users": () => problem(400, { title: "Invalid request", errors: { roles: ["give at least one role."] } }),
    });
    const user_ = userEvent.setup({ delay: null });
    renderPage();
    await screen.findByRole("table");
    await user_.click(screen.getByRole("button", { name: "New user" }));
    const form = await screen.findByRole("form", { name: "New user" });
    await user_.type(within(form).getByLabelText(/^E-mail/), "a@b.example");
    await user_.click(within(form).getByRole("button", { name: "Create" }));
    await waitFor(() => expect(within(form).getByRole("group", { name: /Roles/ })).toHaveAccessibleDescription(/give at least one role/));
    expect(within(form).getByLabelText(/^E-mail/)).toHaveValue("a@b.example");
  });

  it("edits a user with If-Match and the changed fields", async () => {
    const api = serveApi({
      "GET /api/v1/users": listUsers,
      "PUT /api/v1/users/{id}": () => jsonResponse({ ...kim, displayName: "Kim Min-ji", version: 5 }),
    });
    const user_ = userEvent.setup({ delay: null });
    renderPage();
    await screen.findByRole("table");

    await user_.click(screen.getByRole("button", { name: "Edit Kim Minji" }));
    const form = await screen.findByRole("form", { name: "Edit Kim Minji" });
    expect(within(form).getByLabelText(/^E-mail/)).toHaveAttribute("readonly");
    expect(within(form).queryByLabelText(/^Password/)).not.toBeInTheDocument();
    const name = within(form).getByLabelText(/^Display name/);
    await user_.clear(name);
    await user_.type(name, "Kim Min-ji");
    await user_.click(within(form).getByRole("checkbox", { name: "Analyst" }));
    await user_.click(within(form).getByRole("button", { name: "Save" }));

    await screen.findByText("User kim@samsung.example saved.");
    const put = api.to("PUT", `/api/v1/users/${kim.id}`)[0]!;
    expect(put.headers.get("If-Match")).toBe('"4"');
    expect(await put.json()).toEqual({ displayName: "Kim Min-ji", roles: ["CompanyMember", "Analyst"], organizationId: samsung.id });
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });

  it("opens the conflict dialog when someone else saved the user first", async () => {
    const theirs = { ...kim, displayName: "Kim M. (HR)", version: 6 };
    const api = serveApi({
      "GET /api/v1/users": listUsers,
      "PUT /api/v1/users/{id}": () => problem(412, { title: "Changed by someone else", currentVersion: 6 }),
      "GET /api/v1/users/{id}": () => jsonResponse(theirs),
    });
    const user_ = userEvent.setup({ delay: null });
    renderPage();
    await screen.findByRole("table");
    await user_.click(screen.getByRole("button", { name: "Edit Kim Minji" }));
    const form = await screen.findByRole("form", { name: "Edit Kim Minji" });
    await user_.click(within(form).getByRole("checkbox", { name: "Analyst" }));
    await user_.click(within(form).getByRole("button", { name: "Save" }));

    const conflict = await screen.findByRole("dialog", { name: "Someone else changed this record" });
    expect(await within(conflict).findByText("Kim M. (HR)")).toBeInTheDocument();
    expect(api.to("GET", `/api/v1/users/${kim.id}`)).toHaveLength(1);

    await user_.click(within(conflict).getByRole("button", { name: /reapply my changes/i }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Someone else changed this record" })).not.toBeInTheDocument());
    expect(within(form).getByLabelText(/^Display name/)).toHaveValue("Kim M. (HR)");
    expect(within(form).getByRole("checkbox", { name: "Analyst" })).toBeChecked();

    await user_.click(within(form).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(api.to("PUT", `/api/v1/users/${kim.id}`)).toHaveLength(2));
    expect(api.to("PUT", `/api/v1/users/${kim.id}`)[1]!.headers.get("If-Match")).toBe('"6"');
  });

  it("asks before disabling a user, then sends If-Match", async () => {
    const api = serveApi({
      "GET /api/v1/users": listUsers,
      "POST /api/v1/users/{id}/disabled": () => jsonResponse({ ...kim, isDisabled: true, version: 5 }),
    });
    const user_ = userEvent.setup({ delay: null });
    renderPage();
    const table = await screen.findByRole("table");

    await user_.click(within(within(table).getAllByRole("row")[1]!).getByRole("button", { name: "Disable" }));
    const dialog = await screen.findByRole("dialog", { name: "Disable Kim Minji?" });
    expect(api.to("POST", /\/disabled$/)).toHaveLength(0);

    await user_.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(api.to("POST", /\/disabled$/)).toHaveLength(0);

    await user_.click(within(within(table).getAllByRole("row")[1]!).getByRole("button", { name: "Disable" }));
    await user_.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Disable user" }));
    await screen.findByText("User kim@samsung.example disabled.");
    const post = api.to("POST", `/api/v1/users/${kim.id}/disabled`)[0]!;
    expect(post.headers.get("If-Match")).toBe('"4"');
    expect(await post.json()).toEqual({ disabled: true });
  });

  it("enables a disabled user and unlocks a locked-out one", async () => {
    const api = serveApi({
      "GET /api/v1/users": listUsers,
      "POST /api/v1/users/{id}/disabled": () => jsonResponse({ ...lee, isDisabled: false, version: 8 }),
      "POST /api/v1/users/{id}/unlock": () => jsonResponse({ ...lee, lockedOutUntil: null, version: 8 }),
    });
    const user_ = userEvent.setup({ delay: null });
    renderPage();
    const table = await screen.findByRole("table");
    const row = within(table).getAllByRole("row")[2]!;

    await user_.click(within(row).getByRole("button", { name: "Enable" }));
    await screen.findByText("User lee@nia.example enabled.");
    expect(await api.to("POST", `/api/v1/users/${lee.id}/disabled`)[0]!.json()).toEqual({ disabled: false });

    await user_.click(within(row).getByRole("button", { name: "Unlock" }));
    await screen.findByText("User lee@nia.example unlocked.");
    expect(api.to("POST", `/api/v1/users/${lee.id}/unlock`)[0]!.headers.get("If-Match")).toBe('"7"');
  });

  it("says so when a disable meets a newer version, with a reload", async () => {
    const api = serveApi({
      "GET /api/v1/users": listUsers,
      "POST /api/v1/users/{id}/disabled": () => problem(412, { title: "Changed", currentVersion: 9 }),
    });
    const user_ = userEvent.setup({ delay: null });
    renderPage();
    const table = await screen.findByRole("table");
    await user_.click(within(within(table).getAllByRole("row")[2]!).getByRole("button", { name: "Enable" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Someone else changed this record");
    const before = api.to("GET", "/api/v1/users").length;
    await user_.click(within(alert).getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(api.to("GET", "/api/v1/users").length).toBeGreaterThan(before));
  });

  it("offers no way to disable oneself", async () => {
    serveApi({ "GET /api/v1/users": listUsers }, { ...adminMe, id: kim.id });
    renderPage();
    const table = await screen.findByRole("table");
    const row = within(table).getAllByRole("row")[1]!;
    expect(within(row).getByRole("button", { name: "Edit Kim Minji" })).toBeInTheDocument();
    expect(within(row).queryByRole("button", { name: "Disable" })).not.toBeInTheDocument();
  });

  it("tells a user without Administer that they have no access, and asks the API nothing", async () => {
    const api = serveApi({ "GET /api/v1/users": listUsers }, analystMe);
    renderPage();
    expect(await screen.findByText("Only administrators can manage users and API clients.")).toBeInTheDocument();
    expect(screen.getByText("No access")).toBeInTheDocument();
    expect(api.to("GET", "/api/v1/users")).toHaveLength(0);
    expect(screen.queryByRole("button", { name: "New user" })).not.toBeInTheDocument();
  });

  it("shows everything in Korean when the language is Korean", async () => {
    await changeLanguage("ko");
    serveApi({ "GET /api/v1/users": listUsers });
    renderPage();
    const table = await screen.findByRole("table", { name: "로그인할 수 있는 사용자" });
    expect(within(table).getAllByText("기업 사용자").length).toBeGreaterThan(0);
    expect(await within(table).findByText("삼성SDS")).toBeInTheDocument();
    expect(within(table).getByText("비활성")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "새 사용자" })).toBeInTheDocument();
    expect(screen.getByLabelText("역할")).toBeInTheDocument();
  });
});
