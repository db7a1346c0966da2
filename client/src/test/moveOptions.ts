import type { Schema } from "../api/client";
import type { Stage } from "../api/enums";

type MoveOption = Schema<"MoveOption">;

/** Move options as the API gives them, for the tests' fake server. */
export const forward = (toStage: Stage): MoveOption => ({
  toStage,
  kind: "Forward",
  gate: toStage,
  skipReasonRequired: false,
  reasonRequired: false,
  skippedStages: [],
  contractOnRecordRequired: false,
});

export const skip = (toStage: Stage, skippedStages: Stage[]): MoveOption => ({
  ...forward(toStage),
  kind: "Skip",
  skipReasonRequired: true,
  skippedStages,
  contractOnRecordRequired: toStage === "Maintenance" && skippedStages.includes("Contract"),
});

export const back = (toStage: Stage): MoveOption => ({ ...forward(toStage), kind: "Back", gate: undefined, reasonRequired: true });

/** What an active project in Inquiry may do: every later stage, skips after the first. */
export const fromInquiry: MoveOption[] = [
  forward("Consulting"),
  skip("Mou", ["Consulting"]),
  skip("Contract", ["Consulting", "Mou"]),
  skip("Maintenance", ["Consulting", "Mou", "Contract"]),
];

/** What an active project in each stage may do (the domain's table, written out); on hold or closed, nothing. */
const activeMoves: Record<Stage, MoveOption[]> = {
  Inquiry: fromInquiry,
  Consulting: [back("Inquiry"), forward("Mou"), skip("Contract", ["Mou"]), skip("Maintenance", ["Mou", "Contract"])],
  Mou: [back("Inquiry"), back("Consulting"), forward("Contract"), skip("Maintenance", ["Contract"])],
  Contract: [back("Inquiry"), back("Consulting"), back("Mou"), forward("Maintenance")],
  Maintenance: [back("Inquiry"), back("Consulting"), back("Mou"), back("Contract")],
};

export function moveOptionsFor(stage: Stage, status: Schema<"ProjectStatus">): MoveOption[] {
  return status === "Active" ? activeMoves[stage] : [];
}
