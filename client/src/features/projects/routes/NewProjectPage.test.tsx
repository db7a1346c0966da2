import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse } from "../../../test/http";
import { renderRoutes } from "../../../test/render";
import { ids, problem, project, serveApi } from "../test/fixtures";
import { NewProjectPage } from "./NewProjectPage";

vi.setConfig({ testTimeout: 40_000 });

function renderPage() {
  return renderRoutes(
    [
      { path: "/projects/new", element: <NewProjectPage /> },
      { path: "/projects/:id", element: <p>detail page</p> },
      { path: "/projects", element: <p>list</p> },
    ],
    "/projects/new",
  );
}

/** Picks an option of a Mantine Select (a combobox with a listbox). */
async function choose(user: ReturnType<typeof userEvent.setup>, label: RegExp, option: string) {
  await user.click(screen.getByLabelText(label, { selector: "input" }));
  await user.click(await screen.findByRole("option", { name: option }));
}

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByRole("textbox", { name: /^Title/ }), "e-Procurement for Ghana");
  await choose(user, /^Country/, "Ghana (GH)");
  await choose(user, /^Lead agency/, "National Information Society Agency");
  await user.type(screen.getByRole("textbox", { name: /^Estimated value/ }), "1500000");
  await user.selectOptions(screen.getByRole("combobox", { name: /^Inquiry channel/ }), "Embassy");
  fireEvent.change(screen.getByLabelText(/^Inquiry received/), { target: { value: "2026-11-01" } });
  await choose(user, /^Requesting organization/, "Kenya ICT Authority");
  await user.type(screen.getByLabelText(/^Requested areas/, { selector: "input" }), "e-procurement{Enter}");
}

describe("NewProjectPage", () => {
  it("creates the project and opens its page", async () => {
    const { requests } = serveApi({
      override: (request) => (request.method === "POST" ? jsonResponse(project({ id: ids.follower }), { status: 201 }) : undefined),
    });
    const user = userEvent.setup({ delay: null });
    const { router } = renderPage();
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create project" }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/projects/${ids.follower}`));
    const post = requests.find((r) => r.method === "POST")!;
    expect(new URL(post.url).pathname).toBe("/api/v1/projects");
    expect(await post.json()).toEqual({
      title: "e-Procurement for Ghana",
      countryCode: "GH",
      leadAgencyId: ids.nia,
      solutionIds: [],
      estimatedValueUsd: 1500000,
      originalAmount: null,
      originalCurrency: null,
      expectedDecisionOn: null,
      tags: [],
      followsProjectId: null,
      inquiry: { channel: "Embassy", receivedOn: "2026-11-01", requestingOrganizationId: ids.kenyaIct, requestedAreas: ["e-procurement"] },
    });
  });

  it("shows the API's errors beside the fields, the inquiry's too, and keeps the input", async () => {
    serveApi({
      override: (request) =>
        request.method === "POST"
          ? problem(400, {
              title: "Invalid request",
              errors: { "inquiry.receivedOn": ["must not be in the future."], estimatedValueUsd: ["must be greater than 0."] },
            })
          : undefined,
    });
    const user = userEvent.setup({ delay: null });
    renderPage();
    await fill(user);
    await user.click(screen.getByRole("button", { name: "Create project" }));

    expect(await screen.findByText("must not be in the future.")).toBeInTheDocument();
    expect(screen.getByText("must be greater than 0.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Inquiry received/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox", { name: /^Title/ })).toHaveValue("e-Procurement for Ghana");
    expect(within(screen.getByRole("alert")).getByText("Please correct the fields marked below.")).toBeInTheDocument();
  });

  it("tells a user without CreateProjects that they may not", async () => {
    serveApi({ me: "analyst" });
    renderPage();
    expect(await screen.findByText("You may not create projects.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Create project" })).not.toBeInTheDocument();
  });
});
