import type { TFunction } from "i18next";
import type { Schema } from "../api/client";
import { enumValues, type EnumName, type ProjectStatus, type Stage } from "../api/enums";

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

/**
 * The label of any other API enum value in the language shown: enumLabel(t, "Region", "Africa").
 * Every value has a text in both languages (enumLabels.test.ts).
 */
export function enumLabel<Name extends EnumName>(t: TFunction, name: Name, value: Schema<Name>): string {
  return t(`enum.${name}.${value}` as never);
}

/** The values of an enum as options for a select, labelled in the language shown. */
export function enumOptions<Name extends EnumName>(t: TFunction, name: Name): { value: Schema<Name>; label: string }[] {
  return (enumValues[name] as unknown as readonly Schema<Name>[]).map((value) => ({ value, label: enumLabel(t, name, value) }));
}
