import { MantineProvider } from "@mantine/core";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { theme } from "../theme";
import { ConflictDialog, rebase, sameValue, valueAt } from "./ConflictDialog";

const fields = [
  { path: "title", label: "Title" },
  { path: "estimatedValueUsd", label: "Estimated value", format: (v: unknown) => `$${String(v)}` },
  { path: "tags", label: "Tags" },
];

function renderDialog(theirs: Record<string, unknown> | undefined) {
  const handlers = { onReapply: vi.fn(), onDiscard: vi.fn(), onClose: vi.fn() };
  render(
    <MantineProvider theme={theme} env="test">
      <ConflictDialog
        opened
        fields={fields}
        base={{ title: "A", estimatedValueUsd: 100, tags: ["x"] }}
        mine={{ title: "Mine", estimatedValueUsd: 100, tags: ["x", "y"] }}
        theirs={theirs}
        {...handlers}
      />
    </MantineProvider>,
  );
  return handlers;
}

describe("ConflictDialog", () => {
  it("lists what they changed, marks where my value wins, and lists my other changes", async () => {
    const handlers = renderDialog({ title: "Theirs", estimatedValueUsd: 250, tags: ["x"] });
    const dialog = await screen.findByRole("dialog", { name: "Someone else changed this record" });
    const table = within(dialog).getByRole("table", { name: "What they changed" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent("Title");
    expect(rows[1]).toHaveTextContent("Theirs");
    expect(rows[1]).toHaveTextContent("Mine");
    expect(rows[1]).toHaveTextContent("Yours will replace theirs");
    expect(rows[2]).toHaveTextContent("Estimated value");
    expect(rows[2]).toHaveTextContent("$250");
    expect(rows[2]).toHaveTextContent("Theirs is kept");
    expect(within(dialog).getByText("Tags: x, y")).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(dialog).getByRole("button", { name: "Reload and reapply my changes" }));
    expect(handlers.onReapply).toHaveBeenCalledOnce();
    await user.click(within(dialog).getByRole("button", { name: "Discard my changes" }));
    expect(handlers.onDiscard).toHaveBeenCalledOnce();
  });

  it("waits for the current record before offering to reapply", async () => {
    renderDialog(undefined);
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("status")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Reload and reapply my changes" })).toBeDisabled();
  });
});


const paths = ["title", "estimatedValueUsd", "tags", "inquiry.channel", "probability"];

describe("rebase", () => {
  const base = { title: "A", estimatedValueUsd: 100, tags: ["x"], inquiry: { channel: "Forum" }, probability: 10, version: 3 };

  it("keeps their changes and reapplies mine on top, with their version", () => {
    const mine = { ...base, title: "Mine", tags: ["x", "y"] };
    const theirs = { ...base, estimatedValueUsd: 200, inquiry: { channel: "Embassy" }, version: 4 };
    const { merged, changes } = rebase(base, mine, theirs, paths);
    expect(merged).toEqual({ title: "Mine", estimatedValueUsd: 200, tags: ["x", "y"], inquiry: { channel: "Embassy" }, probability: 10, version: 4 });
    expect(changes.map((c) => [c.path, c.changedByThem, c.changedByMe, c.overridden])).toEqual([
      ["title", false, true, false],
      ["estimatedValueUsd", true, false, false],
      ["tags", false, true, false],
      ["inquiry.channel", true, false, false],
    ]);
  });

  it("marks a field both changed as overridden by mine", () => {
    const mine = { ...base, title: "Mine" };
    const theirs = { ...base, title: "Theirs", version: 4 };
    const { merged, changes } = rebase(base, mine, theirs, paths);
    expect(merged.title).toBe("Mine");
    expect(changes).toEqual([
      { path: "title", base: "A", mine: "Mine", theirs: "Theirs", changedByThem: true, changedByMe: true, overridden: true },
    ]);
  });

  it("does not call the same change on both sides an override", () => {
    const mine = { ...base, probability: 50 };
    const theirs = { ...base, probability: 50 };
    expect(rebase(base, mine, theirs, paths).changes[0]!.overridden).toBe(false);
  });

  it("sets a nested path without losing its siblings", () => {
    const b = { inquiry: { channel: "Forum", receivedOn: "2026-01-01" } };
    const mine = { inquiry: { channel: "Embassy", receivedOn: "2026-01-01" } };
    const theirs = { inquiry: { channel: "Forum", receivedOn: "2026-02-02" } };
    expect(rebase(b, mine, theirs, ["inquiry.channel", "inquiry.receivedOn"]).merged).toEqual({
      inquiry: { channel: "Embassy", receivedOn: "2026-02-02" },
    });
  });
});

describe("sameValue and valueAt", () => {
  it("treat empty values alike and compare by content", () => {
    expect(sameValue(null, "")).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue(0, null)).toBe(false);
    expect(sameValue(["a"], ["a"])).toBe(true);
    expect(sameValue(["a"], ["b"])).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: null })).toBe(true);
    expect(valueAt({ a: { b: 2 } }, "a.b")).toBe(2);
    expect(valueAt({ a: null }, "a.b")).toBeUndefined();
  });
});
