import type { TFunction } from "i18next";
import type { ProjectStatus, Stage } from "../api/enums";

/** A stage's name in the language shown; a new stage in the API fails `tsc -b` here. */
export function stageLabel(t: TFunction, stage: Stage): string {
  switch (stage) {
    case "Inquiry":
      return t("stage.Inquiry");
    case "Consulting":
      return t("stage.Consulting");
    case "Mou":
      return t("stage.Mou");
    case "Contract":
      return t("stage.Contract");
    case "Maintenance":
      return t("stage.Maintenance");
  }
}

export function statusLabel(t: TFunction, status: ProjectStatus): string {
  switch (status) {
    case "Active":
      return t("status.Active");
    case "OnHold":
      return t("status.OnHold");
    case "Lost":
      return t("status.Lost");
    case "Withdrawn":
      return t("status.Withdrawn");
    case "Completed":
      return t("status.Completed");
  }
}
