import type { Schema } from "../../api/client";
import type { MoveOption, MoveProjectRequest } from "./api";

export interface GateValues {
  reason: string;
  skipReason: string;
  consulting: { type: string; plannedRounds: number | string; costBearer: string; startOn: string };
  mou: { koreanSignatory: string; partnerSignatory: string; signedOn: string; scope: string; expiresOn: string };
  contract: {
    number: string;
    signedOn: string;
    value: number | string;
    currency: string;
    primeContractorId: string | null;
    startOn: string;
    endOn: string;
  };
  maintenance: { acceptedOn: string; supportEndsOn: string; annualValueUsd: number | string };
}

/** The four gates whose data a forward move carries, by the field the request names them with. */
export type Gate = "consulting" | "mou" | "contract" | "maintenance";

export const emptyGateValues: GateValues = {
  reason: "",
  skipReason: "",
  consulting: { type: "", plannedRounds: "", costBearer: "", startOn: "" },
  mou: { koreanSignatory: "", partnerSignatory: "", signedOn: "", scope: "", expiresOn: "" },
  contract: { number: "", signedOn: "", value: "", currency: "USD", primeContractorId: null, startOn: "", endOn: "" },
  maintenance: { acceptedOn: "", supportEndsOn: "", annualValueUsd: "" },
};

/** The gate whose data the move needs (the API's `gate`), as the request's field; none for a move back. */
export function gateOf(option: MoveOption): Gate | undefined {
  switch (option.gate) {
    case "Consulting":
      return "consulting";
    case "Mou":
      return "mou";
    case "Contract":
      return "contract";
    case "Maintenance":
      return "maintenance";
    default:
      return undefined;
  }
}

/** The fields each gate's form shows, by the JSON path the API names in its errors. */
export const gatePaths: Record<Gate, string[]> = {
  consulting: ["consulting", "consulting.type", "consulting.plannedRounds", "consulting.costBearer", "consulting.startOn"],
  mou: ["mou", "mou.koreanSignatory", "mou.partnerSignatory", "mou.signedOn", "mou.scope", "mou.expiresOn"],
  contract: [
    "contract",
    "contract.number",
    "contract.signedOn",
    "contract.value",
    "contract.currency",
    "contract.primeContractorId",
    "contract.startOn",
    "contract.endOn",
  ],
  maintenance: ["maintenance", "maintenance.acceptedOn", "maintenance.supportEndsOn", "maintenance.annualValueUsd"],
};

const text = (value: string) => (value.trim() === "" ? null : value.trim());
const date = (value: string) => (value === "" ? null : value);
const amount = (value: number | string) => (typeof value === "number" ? value : value.trim() === "" ? null : Number(value));

/** The gate's data as typed; what is left empty is sent empty, so the API names what is missing. */
function gateData(gate: Gate, values: GateValues): Partial<MoveProjectRequest> {
  switch (gate) {
    case "consulting": {
      const v = values.consulting;
      return {
        consulting: {
          // An enum left unchosen is left out, so the API names it as missing.
          type: (v.type || undefined) as Schema<"ConsultingType">,
          plannedRounds: amount(v.plannedRounds),
          costBearer: (v.costBearer || undefined) as Schema<"CostBearer">,
          startOn: date(v.startOn),
        },
      };
    }
    case "mou": {
      const v = values.mou;
      return {
        mou: {
          koreanSignatory: text(v.koreanSignatory),
          partnerSignatory: text(v.partnerSignatory),
          signedOn: date(v.signedOn),
          scope: text(v.scope),
          expiresOn: date(v.expiresOn),
        },
      };
    }
    case "contract": {
      const v = values.contract;
      return {
        contract: {
          number: text(v.number),
          signedOn: date(v.signedOn),
          value: amount(v.value),
          currency: text(v.currency),
          primeContractorId: v.primeContractorId,
          startOn: date(v.startOn),
          endOn: date(v.endOn),
        },
      };
    }
    case "maintenance": {
      const v = values.maintenance;
      return {
        maintenance: {
          acceptedOn: date(v.acceptedOn),
          supportEndsOn: date(v.supportEndsOn),
          annualValueUsd: amount(v.annualValueUsd),
        },
      };
    }
  }
}

/** The request for the move the option describes, as typed: the gate's data, a skip reason, a reason. */
export function toMoveRequest(option: MoveOption, values: GateValues): MoveProjectRequest {
  const request: MoveProjectRequest = { toStage: option.toStage };
  const reason = text(values.reason);
  if (reason) request.reason = reason;
  const skipReason = option.skipReasonRequired ? text(values.skipReason) : null;
  if (skipReason) request.skipReason = skipReason;
  const gate = gateOf(option);
  return gate ? { ...request, ...gateData(gate, values) } : request;
}
