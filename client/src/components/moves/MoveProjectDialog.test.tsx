import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Stage } from "../../api/enums";
import { changeLanguage } from "../../i18n";
import { jsonResponse, mockFetch } from "../../test/http";
import { back, forward, skip } from "../../test/moveOptions";
import { renderRoutes } from "../../test/render";
import type { MoveOption } from "./api";
import { MoveProjectDialog } from "./MoveProjectDialog";

const project = { id: "7c9e6679-7425-40de-944b-e07fc1f90ae7", code: "EXP-2026-0042", title: "e-Procurement for Kenya", stage: "Inquiry" as Stage, version: 3 };
const companyId = "01a2008d-7411-719f-85f7-802c37b57852";

type Reply = { status: number; body: unknown };
const problem = (status: number, body: Record<string, unknown>): Reply => ({ status, body: { status, ...body } });

/** The API: the move answers with `replies` in turn (the last one repeats). */
function server(...replies: Reply[]) {
  let moves = 0;
  return mockFetch((request) => {
    const { pathname } = new URL(request.url);
    if (pathname === "/api/v1/organizations") {
      return jsonResponse({ items: [{ id: companyId, name: "Samsung SDS", nameKo: "삼성SDS", kind: "KoreanCompany", countryCode: "KR", version: 1 }], page: 1, pageSize: 100, totalCount: 1 });
    }
    if (pathname === `/api/v1/projects/${project.id}` && request.method === "GET") {
      return jsonResponse({ ...project, version: 11 });
    }
    if (pathname === `/api/v1/projects/${project.id}/transitions`) {
      const reply = replies[Math.min(moves++, replies.length - 1)] ?? { status: 200, body: { ...project, version: 4 } };
      return jsonResponse(reply.body, { status: reply.status, contentType: reply.status >= 400 ? "application/problem+json" : "application/json" });
    }
    return jsonResponse({ items: [], page: 1, pageSize: 25, totalCount: 0 });
  });
}

function renderDialog(option: MoveOption, from: Partial<typeof project> = {}) {
  const onMoved = vi.fn();
  const onClose = vi.fn();
  const result = renderRoutes(
    [{ path: "/", element: <MoveProjectDialog project={{ ...project, ...from }} option={option} opened onClose={onClose} onMoved={onMoved} /> }],
    "/",
  );
  return { ...result, onMoved, onClose };
}

const moves = (requests: Request[]) => requests.filter((r) => r.method === "POST");

async function fillConsulting(user: ReturnType<typeof userEvent.setup>, rounds = "8") {
  await user.selectOptions(screen.getByLabelText(/Consulting type/), "MasterPlan");
  if (rounds) await user.type(screen.getByLabelText(/Planned rounds/), rounds);
  await user.selectOptions(screen.getByLabelText(/Cost borne by/), "Partner");
  fireEvent.change(screen.getByLabelText(/Start date/), { target: { value: "2026-11-01" } });
}

describe("MoveProjectDialog", () => {
  it("sends the consulting gate with the version the user saw, then reports the moved project", async () => {
    const { requests } = server({ status: 200, body: { ...project, stage: "Consulting", version: 4 } });
    const user = userEvent.setup();
    const { onMoved, onClose } = renderDialog(forward("Consulting"));

    const dialog = await screen.findByRole("dialog", { name: "Move EXP-2026-0042 to Consulting" });
    await fillConsulting(user);
    await user.type(within(dialog).getByLabelText("Reason (optional)"), "Master plan agreed");
    await user.click(within(dialog).getByRole("button", { name: "Move to Consulting" }));

    await waitFor(() => expect(onMoved).toHaveBeenCalledWith(expect.objectContaining({ stage: "Consulting", version: 4 })));
    expect(onClose).toHaveBeenCalled();
    const [move] = moves(requests);
    expect(new URL(move!.url).pathname).toBe(`/api/v1/projects/${project.id}/transitions`);
    expect(move!.headers.get("If-Match")).toBe('"3"');
    expect(await move!.json()).toEqual({
      toStage: "Consulting",
      reason: "Master plan agreed",
      consulting: { type: "MasterPlan", plannedRounds: 8, costBearer: "Partner", startOn: "2026-11-01" },
    });
  });

  it("shows the API's field errors beside the fields and keeps what was typed", async () => {
    server(problem(400, { title: "Invalid request", errors: { "consulting.plannedRounds": ["must not be empty."], "mou.scope": ["stray."] } }));
    const user = userEvent.setup();
    renderDialog(forward("Consulting"));

    await screen.findByRole("dialog");
    await fillConsulting(user, "");
    await user.click(screen.getByRole("button", { name: "Move to Consulting" }));

    const rounds = screen.getByLabelText(/Planned rounds/);
    await waitFor(() => expect(rounds).toHaveAccessibleDescription(/must not be empty\./));
    expect(rounds).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("Check the highlighted fields")).toBeInTheDocument();
    expect(screen.getByText("stray.")).toBeInTheDocument();
    expect(screen.getByLabelText(/Consulting type/)).toHaveValue("MasterPlan");
    expect(screen.getByLabelText(/Cost borne by/)).toHaveValue("Partner");
    expect(screen.getByLabelText(/Start date/)).toHaveValue("2026-11-01");
  });

  it("shows a broken rule's message", async () => {
    server(problem(409, { title: "The record's state does not allow this", detail: "The project is on hold; set it Active again before moving it.", rule: "ProjectOnHoldCannotMove" }));
    const user = userEvent.setup();
    const { onMoved } = renderDialog(forward("Consulting"));

    await screen.findByRole("dialog");
    await fillConsulting(user);
    await user.click(screen.getByRole("button", { name: "Move to Consulting" }));

    expect(await screen.findByText("The project is on hold; set it Active again before moving it.")).toBeInTheDocument();
    expect(screen.getByText("This move is not allowed")).toBeInTheDocument();
    expect(onMoved).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/Planned rounds/)).toHaveValue("8");
  });

  it("shows a rule about the skip reason beside that field", async () => {
    const { requests } = server(problem(409, { detail: "Moving from Inquiry to Contract skips Consulting, Mou; give a skipReason.", rule: "SkippingAStageRequiresAReason" }));
    const user = userEvent.setup();
    renderDialog(skip("Contract", ["Consulting", "Mou"]));

    await screen.findByRole("dialog");
    expect(screen.getByText("This move skips Consulting, MOU; give a reason for skipping.")).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Contract number/), "KE-2026-7");
    await user.click(screen.getByRole("button", { name: "Move to Contract" }));

    await waitFor(() => expect(screen.getByLabelText(/Reason for skipping/)).toHaveAccessibleDescription(/skips Consulting, Mou/));
    expect(screen.getByLabelText(/Contract number/)).toHaveValue("KE-2026-7");
    const body = (await moves(requests)[0]!.json()) as { contract: Record<string, unknown> };
    expect(body.contract).toEqual({ number: "KE-2026-7", signedOn: null, value: null, currency: "USD", primeContractorId: null, startOn: null, endOn: null });
  });

  it("after a 412 says the project changed, keeps the input and retries with the new version", async () => {
    const { requests } = server(
      problem(412, { title: "Changed by someone else", detail: "stale", currentVersion: 5 }),
      { status: 200, body: { ...project, stage: "Consulting", version: 6 } },
    );
    const user = userEvent.setup();
    const { onMoved } = renderDialog(forward("Consulting"));

    await screen.findByRole("dialog");
    await fillConsulting(user);
    await user.click(screen.getByRole("button", { name: "Move to Consulting" }));

    expect(await screen.findByText("The project changed meanwhile")).toBeInTheDocument();
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(screen.getByLabelText(/Planned rounds/)).toHaveValue("8");
    expect(screen.getByLabelText(/Consulting type/)).toHaveValue("MasterPlan");

    await user.click(screen.getByRole("button", { name: "Move to Consulting" }));
    await waitFor(() => expect(onMoved).toHaveBeenCalled());
    const sent = moves(requests);
    expect(sent.map((r) => r.headers.get("If-Match"))).toEqual(['"3"', '"5"']);
    expect(await sent[1]!.json()).toEqual(await sent[0]!.json());
  });

  it("after a 412 without a version, reads the project's current one for the retry", async () => {
    const { requests } = server(problem(412, { title: "Changed by someone else" }), { status: 200, body: { ...project, version: 12 } });
    const user = userEvent.setup();
    const { onMoved } = renderDialog(forward("Consulting"));
    await screen.findByRole("dialog");
    await fillConsulting(user);
    await user.click(screen.getByRole("button", { name: "Move to Consulting" }));
    expect(await screen.findByText("The project changed meanwhile")).toBeInTheDocument();
    await waitFor(() => expect(requests.some((r) => r.method === "GET" && new URL(r.url).pathname === `/api/v1/projects/${project.id}`)).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));

    await user.click(screen.getByRole("button", { name: "Move to Consulting" }));
    await waitFor(() => expect(onMoved).toHaveBeenCalled());
    expect(moves(requests).map((r) => r.headers.get("If-Match"))).toEqual(['"3"', '"11"']);
  });

  it("moving back asks only for a reason", async () => {
    const { requests } = server({ status: 200, body: { ...project, stage: "Consulting", version: 8 } });
    const user = userEvent.setup();
    renderDialog(back("Consulting"), { stage: "Mou", version: 7 });

    await screen.findByRole("dialog");
    expect(screen.getByText("Moving back to an earlier stage needs a reason.")).toBeInTheDocument();
    expect(screen.queryByLabelText(/Consulting type/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Reason/), "Feasibility study redone");
    await user.click(screen.getByRole("button", { name: "Move to Consulting" }));

    await waitFor(() => expect(moves(requests)).toHaveLength(1));
    expect(await moves(requests)[0]!.json()).toEqual({ toStage: "Consulting", reason: "Feasibility study redone" });
    expect(moves(requests)[0]!.headers.get("If-Match")).toBe('"7"');
  });

  it("offers the MOU, contract and maintenance gates", async () => {
    server();
    const { unmount } = renderDialog(forward("Mou"), { stage: "Consulting" });
    await screen.findByRole("dialog", { name: "Move EXP-2026-0042 to MOU" });
    for (const label of [/Korean signatory/, /Partner signatory/, /Signed on/, /Scope/, /Expires on/]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    unmount();

    const contract = renderDialog(forward("Contract"), { stage: "Mou" });
    await screen.findByRole("dialog");
    for (const label of [/Contract number/, /Signed on/, /Contract value/, /Currency/, /Start date/, /End date/]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getAllByLabelText(/Prime contractor/)[0]).toBeInTheDocument();
    expect(screen.queryByLabelText(/Reason for skipping/)).not.toBeInTheDocument();
    contract.unmount();

    renderDialog(forward("Maintenance"), { stage: "Contract" });
    await screen.findByRole("dialog");
    for (const label of [/Delivery accepted on/, /Support ends on/, /Annual maintenance value/]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
  });

  it("shows a refusal (403) in the form", async () => {
    server(problem(403, { title: "Not allowed", detail: "You may only edit projects of your agency." }));
    const user = userEvent.setup();
    renderDialog(forward("Consulting"));
    await screen.findByRole("dialog");
    await user.click(screen.getByRole("button", { name: "Move to Consulting" }));
    expect(await screen.findByText("You may not move this project")).toBeInTheDocument();
    expect(screen.getByText("You may only edit projects of your agency.")).toBeInTheDocument();
  });

  it("speaks Korean", async () => {
    await changeLanguage("ko");
    server();
    renderDialog(forward("Consulting"));
    expect(await screen.findByRole("dialog", { name: "EXP-2026-0042 사업을 컨설팅 단계로 이동" })).toBeInTheDocument();
    expect(screen.getByLabelText(/컨설팅 유형/)).toBeInTheDocument();
  });
});
