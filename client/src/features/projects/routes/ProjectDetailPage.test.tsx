import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { changeLanguage } from "../../../i18n";
import { jsonResponse } from "../../../test/http";
import { renderRoutes } from "../../../test/render";
import { ids, problem, project, serveApi } from "../test/fixtures";
import { ProjectDetailPage } from "./ProjectDetailPage";

vi.setConfig({ testTimeout: 40_000 });

function renderPage(id = ids.project) {
  return renderRoutes(
    [
      { path: "/projects/:id", element: <ProjectDetailPage /> },
      { path: "/projects", element: <p>list</p> },
    ],
    `/projects/${id}`,
  );
}

const section = (name: RegExp | string) => screen.getByRole("region", { name });
const writes = (requests: Request[]) => requests.filter((r) => r.method !== "GET");

describe("ProjectDetailPage", () => {
  it("shows the overview, timeline, consortium, funding coverage, chain and history", async () => {
    serveApi();
    renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "e-Procurement for Kenya" })).toBeInTheDocument();
    expect(screen.getByText("EXP-2026-0042")).toBeInTheDocument();

    const overview = section("Overview");
    expect(within(overview).getByText("Kenya (KE)")).toBeInTheDocument();
    expect(await within(overview).findByText("National Information Society Agency")).toBeInTheDocument();
    expect(await within(overview).findByText("KONEPS e-procurement")).toBeInTheDocument();
    expect(within(overview).getByText("$2,500,000")).toBeInTheDocument();
    expect(within(overview).getByText(/₩3,300,000,000/)).toBeInTheDocument();
    expect(within(overview).getByText("Dec 31, 2026")).toBeInTheDocument();
    expect(within(overview).getByText("Kenya ICT Authority")).toBeInTheDocument();

    const timeline = section("Stage timeline");
    const steps = within(await within(timeline).findByRole("list", { name: "Stage transitions" })).getAllByRole("listitem");
    expect(steps).toHaveLength(3);
    expect(steps[0]).toHaveTextContent("Opened in Inquiry");
    expect(steps[0]).toHaveTextContent("Embassy");
    expect(steps[1]).toHaveTextContent("Inquiry → Consulting");
    expect(steps[1]).toHaveTextContent("Consulting typeMaster plan");
    expect(steps[1]).toHaveTextContent("Planned rounds8");
    expect(steps[1]).toHaveTextContent("Cost borne byPartner country");
    expect(steps[2]).toHaveTextContent("Skipped a stage");
    expect(steps[2]).toHaveTextContent("By Lee Jun");
    expect(steps[2]).toHaveTextContent("Contract value$2,000,000");
    await waitFor(() => expect(steps[2]).toHaveTextContent("Prime contractorSamsung SDS"));

    const consortium = section("Consortium");
    expect(within(consortium).getByText("SME share: 30%")).toBeInTheDocument();
    const members = within(within(consortium).getByRole("table", { name: "Consortium members" })).getAllByRole("row");
    expect(members[1]).toHaveTextContent(/Samsung SDS.*Prime contractor.*70%.*Large company/);
    expect(members[2]).toHaveTextContent(/Daon Soft.*Partner.*30%.*SME/);

    const funding = section("Funding");
    expect(within(funding).getByText("Funding total: $1,000,000")).toBeInTheDocument();
    expect(within(funding).getByText("Covers 50% of the contract value of $2,000,000")).toBeInTheDocument();
    expect(within(funding).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "50");
    expect(within(funding).getByText("EDCF loan")).toBeInTheDocument();

    const chain = section("Follow-on chain");
    expect(await within(chain).findByRole("link", { name: "EXP-2024-0007 · Kenya procurement master plan" })).toHaveAttribute(
      "href",
      `/projects/${ids.previous}`,
    );
    expect(await within(chain).findByRole("link", { name: "EXP-2027-0003 · Kenya e-Procurement phase 2" })).toBeInTheDocument();

    const history = section("History");
    const entry = (await within(history).findAllByRole("listitem"))[0]!;
    expect(entry).toHaveTextContent("Updated");
    expect(entry).toHaveTextContent("UpdateProject");
    expect(entry).toHaveTextContent("Lee Jun");
    const changed = within(entry).getAllByRole("row").slice(1);
    expect(changed).toHaveLength(2);
    expect(changed[0]).toHaveTextContent(/title.*Kenya e-Procurement.*e-Procurement for Kenya/);
    expect(changed[1]).toHaveTextContent(/tags.*procurement.*africa/);
  });

  it("says there is no contract yet before one exists", async () => {
    serveApi({ project: project({ contract: undefined, stage: "Mou" }) });
    renderPage();
    const funding = await screen.findByRole("region", { name: "Funding" });
    expect(within(funding).getByText("No contract yet, so there is no contract value to cover.")).toBeInTheDocument();
    expect(within(funding).queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("saves an edit with If-Match and the whole body", async () => {
    const { requests } = serveApi({
      override: (request) => (request.method === "PUT" ? jsonResponse(project({ title: "Kenya e-GP", version: 5 })) : undefined),
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Edit project" }));
    const title = screen.getByRole("textbox", { name: /^Title/ });
    await user.clear(title);
    await user.type(title, "Kenya e-GP");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Kenya e-GP" })).toBeInTheDocument();
    const put = writes(requests)[0]!;
    expect(put.method).toBe("PUT");
    expect(new URL(put.url).pathname).toBe(`/api/v1/projects/${ids.project}`);
    expect(put.headers.get("If-Match")).toBe('"4"');
    expect(await put.json()).toEqual({
      title: "Kenya e-GP",
      countryCode: "KE",
      leadAgencyId: ids.nia,
      solutionIds: [ids.konepsSolution],
      estimatedValueUsd: 2500000,
      originalAmount: 3300000000,
      originalCurrency: "KRW",
      expectedDecisionOn: "2026-12-31",
      probability: 100,
      tags: ["procurement", "africa"],
      followsProjectId: ids.previous,
    });
  });

  it("shows a 400's messages beside the fields and keeps the input", async () => {
    serveApi({
      override: (request) =>
        request.method === "PUT"
          ? problem(400, { title: "Invalid request", errors: { estimatedValueUsd: ["must be at least 0."], title: ["is too short."] } })
          : undefined,
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Edit project" }));
    const title = screen.getByRole("textbox", { name: /^Title/ });
    await user.clear(title);
    await user.type(title, "K");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("is too short.")).toBeInTheDocument();
    expect(screen.getByText("must be at least 0.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^Title/ })).toHaveValue("K");
    expect(screen.getByRole("textbox", { name: /^Title/ })).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("textbox", { name: /^Estimated value/ })).toHaveAttribute("aria-invalid", "true");
  });

  it("on a 412 shows what changed and reapplies my edits on the new version", async () => {
    let puts = 0;
    let theirs = false;
    const { requests } = serveApi({
      override: (request, url) => {
        if (request.method === "PUT") {
          puts++;
          if (puts === 1) {
            theirs = true;
            return problem(412, { title: "Precondition Failed", currentVersion: 5 });
          }
          return jsonResponse(project({ title: "Kenya e-GP", probability: 60, version: 6 }));
        }
        if (theirs && request.method === "GET" && url.pathname === `/api/v1/projects/${ids.project}`) {
          return jsonResponse(project({ probability: 60, title: "Kenya procurement (renamed)", version: 5 }));
        }
        return undefined;
      },
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Edit project" }));
    const title = screen.getByRole("textbox", { name: /^Title/ });
    await user.clear(title);
    await user.type(title, "Kenya e-GP");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const dialog = await screen.findByRole("dialog", { name: "Someone else changed this record" });
    const table = await within(dialog).findByRole("table", { name: "What they changed" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("Title");
    expect(rows[0]).toHaveTextContent("Kenya procurement (renamed)");
    expect(rows[0]).toHaveTextContent("Kenya e-GP");
    expect(rows[0]).toHaveTextContent("Yours will replace theirs");
    expect(rows[1]).toHaveTextContent("Probability");
    expect(rows[1]).toHaveTextContent("60%");
    expect(rows[1]).toHaveTextContent("Theirs is kept");

    await user.click(within(dialog).getByRole("button", { name: "Reload and reapply my changes" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByRole("textbox", { name: /^Title/ })).toHaveValue("Kenya e-GP");
    expect(screen.getByRole("textbox", { name: /^Probability/ })).toHaveValue("60%");
    expect(screen.getByText("Your changes are reapplied on the current version. Review them and save again.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Kenya e-GP" })).toBeInTheDocument();
    const [first, second] = writes(requests);
    expect(first!.headers.get("If-Match")).toBe('"4"');
    expect(second!.headers.get("If-Match")).toBe('"5"');
    expect(await second!.json()).toMatchObject({ title: "Kenya e-GP", probability: 60 });
  });

  it("discarding after a 412 drops my edits and shows the current record", async () => {
    let conflicted = false;
    serveApi({
      override: (request, url) => {
        if (request.method === "PUT") {
          conflicted = true;
          return problem(412, { title: "Precondition Failed", currentVersion: 5 });
        }
        if (conflicted && url.pathname === `/api/v1/projects/${ids.project}`) {
          return jsonResponse(project({ title: "Renamed by someone", version: 5 }));
        }
        return undefined;
      },
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Edit project" }));
    await user.type(screen.getByRole("textbox", { name: /^Title/ }), " (mine)");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const dialog = await screen.findByRole("dialog");
    await within(dialog).findByRole("table");
    await user.click(within(dialog).getByRole("button", { name: "Discard my changes" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Renamed by someone" })).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: /^Title/ })).not.toBeInTheDocument();
  });

  it("shows a consortium row's API error beside that row's field", async () => {
    const { requests } = serveApi({
      override: (request) =>
        request.method === "PUT"
          ? problem(400, { title: "Invalid request", errors: { "members[1].sharePercent": ["shares add up to more than 100."] } })
          : undefined,
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Edit consortium" }));
    const second = screen.getByRole("group", { name: "Member 2" });
    const share = within(second).getByRole("textbox", { name: /^Share/ });
    await user.clear(share);
    await user.type(share, "90");
    await user.click(within(section("Consortium")).getByRole("button", { name: "Save" }));

    expect(await within(second).findByText("shares add up to more than 100.")).toBeInTheDocument();
    expect(within(screen.getByRole("group", { name: "Member 1" })).queryByText("shares add up to more than 100.")).not.toBeInTheDocument();
    const put = writes(requests)[0]!;
    expect(new URL(put.url).pathname).toBe(`/api/v1/projects/${ids.project}/consortium`);
    expect(put.headers.get("If-Match")).toBe('"4"');
    expect(await put.json()).toEqual({
      members: [
        { organizationId: ids.samsung, role: "Prime", sharePercent: 70 },
        { organizationId: ids.smeSoft, role: "Partner", sharePercent: 90 },
      ],
    });
  });

  it("keeps the consortium rows on a 412 and saves them on the current version", async () => {
    let puts = 0;
    const { requests } = serveApi({
      override: (request, url) => {
        if (request.method === "PUT") {
          puts++;
          return puts === 1 ? problem(412, { title: "Precondition Failed", currentVersion: 7 }) : jsonResponse(project({ version: 8 }));
        }
        if (puts > 0 && url.pathname === `/api/v1/projects/${ids.project}`) return jsonResponse(project({ version: 7 }));
        return undefined;
      },
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Edit consortium" }));
    const share = within(screen.getByRole("group", { name: "Member 2" })).getByRole("textbox", { name: /^Share/ });
    await user.clear(share);
    await user.type(share, "25");
    await user.click(within(section("Consortium")).getByRole("button", { name: "Save" }));
    await user.click(await screen.findByRole("button", { name: "Load the current version and keep my entries" }));
    expect(within(screen.getByRole("group", { name: "Member 2" })).getByRole("textbox", { name: /^Share/ })).toHaveValue("25%");
    await user.click(within(section("Consortium")).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(writes(requests)).toHaveLength(2));
    expect(writes(requests)[1]!.headers.get("If-Match")).toBe('"7"');
    expect((await writes(requests)[1]!.json()).members[1].sharePercent).toBe(25);
  });

  it("shows a consortium rule the API refuses (409)", async () => {
    serveApi({
      override: (request) =>
        request.method === "PUT"
          ? problem(409, { title: "Business rule violated", detail: "The contract's prime contractor must stay in the consortium.", rule: "ConsortiumMustKeepPrimeContractor" })
          : undefined,
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Edit consortium" }));
    await user.click(screen.getByRole("button", { name: "Remove member 1" }));
    await user.click(within(section("Consortium")).getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/must stay in the consortium/)).toBeInTheDocument();
  });

  it("sets the funding sources", async () => {
    const { requests } = serveApi({
      override: (request) => (request.method === "PUT" ? jsonResponse(project({ fundingTotal: 2_000_000, version: 5 })) : undefined),
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Edit funding" }));
    await user.click(screen.getByRole("button", { name: "Add source" }));
    const third = screen.getByRole("group", { name: "Funding source 3" });
    await user.selectOptions(within(third).getByRole("combobox", { name: "Source" }), "KoicaGrant");
    await user.type(within(third).getByRole("textbox", { name: /^Amount/ }), "1000000");
    await user.click(within(section("Funding")).getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Covers 100% of the contract value of $2,000,000")).toBeInTheDocument();
    const put = writes(requests)[0]!;
    expect(new URL(put.url).pathname).toBe(`/api/v1/projects/${ids.project}/funding`);
    expect(await put.json()).toEqual({
      sources: [
        { source: "Edcf", amount: 800000 },
        { source: "PartnerBudget", amount: 200000 },
        { source: "KoicaGrant", amount: 1000000 },
      ],
    });
  });

  it("closes a project as lost with a reason", async () => {
    const { requests } = serveApi({
      override: (request) =>
        request.method === "POST"
          ? jsonResponse(
              project({
                status: "Lost",
                version: 5,
                statusHistory: [
                  { from: "Active", to: "Lost", when: "2026-07-01T00:00:00Z", who: "Tester", reason: "Tender went elsewhere", lossReason: "Competitor", lostToCountryCode: "JP" },
                ],
              }),
            )
          : undefined,
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Hold or close…" }));
    const dialog = await screen.findByRole("dialog", { name: "Put on hold or close" });
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "New status" }), "Lost");
    await user.type(within(dialog).getByRole("textbox", { name: /^Reason/ }), "Tender went elsewhere");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Why it was lost" }), "Competitor");
    await user.click(within(dialog).getByRole("button", { name: "Change status" }));

    expect(await screen.findByRole("button", { name: "Reopen…" })).toBeInTheDocument();
    expect(screen.getByText("Status Active → Lost")).toBeInTheDocument();
    expect(screen.getByText("Reason: Tender went elsewhere")).toBeInTheDocument();
    const post = writes(requests)[0]!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/projects/${ids.project}/status`);
    expect(post.headers.get("If-Match")).toBe('"4"');
    expect(await post.json()).toEqual({ status: "Lost", reason: "Tender went elsewhere", lossReason: "Competitor", lostToCountryCode: null });
  });

  it("offers exactly the status changes the API lists, asking for a reason where it says one is needed", async () => {
    serveApi({
      project: project({
        stage: "Maintenance",
        statusOptions: [
          { status: "Completed", reasonRequired: false, reopens: false },
          { status: "Withdrawn", reasonRequired: true, reopens: false },
        ],
      }),
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Hold or close…" }));
    const dialog = await screen.findByRole("dialog", { name: "Put on hold or close" });
    const select = within(dialog).getByRole("combobox", { name: "New status" });
    expect(within(select).getAllByRole("option").map((o) => o.getAttribute("value"))).toEqual(["Completed", "Withdrawn"]);
    expect(within(dialog).getByRole("textbox", { name: /^Reason/ })).not.toBeRequired();
    await user.selectOptions(select, "Withdrawn");
    expect(within(dialog).getByRole("textbox", { name: /^Reason/ })).toBeRequired();
  });

  it("reopens a closed project with a reason", async () => {
    const { requests } = serveApi({
      project: project({ status: "Withdrawn" }),
      override: (request) => (request.method === "POST" ? jsonResponse(project({ status: "Active", version: 5 })) : undefined),
    });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Reopen…" }));
    const dialog = await screen.findByRole("dialog", { name: "Reopen the project" });
    await user.type(within(dialog).getByRole("textbox", { name: /^Reason/ }), "Relaunched");
    await user.click(within(dialog).getByRole("button", { name: "Reopen" }));
    expect(await screen.findByRole("button", { name: "Hold or close…" })).toBeInTheDocument();
    expect(await writes(requests)[0]!.json()).toEqual({ status: "Active", reason: "Relaunched", lostToCountryCode: null });
  });

  it("opens the gate form to move the project to a chosen stage", async () => {
    serveApi();
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole("button", { name: "Move to…" }));
    await user.click(await screen.findByRole("menuitem", { name: "Maintenance" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("EXP-2026-0042");
    expect(dialog).toHaveTextContent("Maintenance");
  });

  it("shows an analyst no edit buttons", async () => {
    serveApi({ me: "analyst" });
    renderPage();
    await screen.findByRole("heading", { level: 1 });
    await screen.findByRole("region", { name: "History" });
    await waitFor(() => expect(screen.getAllByRole("list").length).toBeGreaterThan(1));
    expect(screen.queryByRole("button", { name: /Edit|Hold or close|Reopen|Move to/ })).not.toBeInTheDocument();
  });

  it("shows no edit buttons when the API says this project is not the user's to change", async () => {
    serveApi({ project: { ...project(), canEdit: false } as ReturnType<typeof project> });
    renderPage();
    await screen.findByRole("heading", { level: 1 });
    await screen.findByRole("region", { name: "History" });
    expect(screen.queryByRole("button", { name: /Edit|Hold or close/ })).not.toBeInTheDocument();
  });

  it("shows a not-found state for an unknown project", async () => {
    serveApi();
    renderPage("99999999-9999-4999-8999-999999999999");
    expect(await screen.findByRole("heading", { level: 1, name: "Project not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Back to projects/ })).toHaveAttribute("href", "/projects");
  });

  it("shows a 403 as an error", async () => {
    serveApi({
      override: (_request, url) =>
        url.pathname === `/api/v1/projects/${ids.project}` ? problem(403, { title: "Forbidden", detail: "Not your project." }) : undefined,
    });
    renderPage();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The project could not be loaded");
    expect(alert).toHaveTextContent("Forbidden: Not your project.");
  });

  it("shows the page in Korean", async () => {
    await changeLanguage("ko");
    serveApi();
    renderPage();
    expect(await screen.findByRole("region", { name: "개요" })).toBeInTheDocument();
    expect(screen.getByText("중소기업 참여 비율: 30%")).toBeInTheDocument();
    expect(screen.getByText("US$2,500,000")).toBeInTheDocument();
    expect(await screen.findByText("한국지능정보사회진흥원")).toBeInTheDocument();
  });
});
