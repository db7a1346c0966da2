import { SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { gateInputs, type GateFieldsProps } from "./fields";

/** The Maintenance gate: delivery accepted, the support period and its annual value. */
export function MaintenanceFields(props: GateFieldsProps<"maintenance">) {
  const { t } = useTranslation();
  const input = gateInputs("maintenance", props);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {input.date("acceptedOn", t("moves.gate.maintenance.acceptedOn"))}
      {input.date("supportEndsOn", t("moves.gate.maintenance.supportEndsOn"))}
      {input.number("annualValueUsd", t("moves.gate.maintenance.annualValueUsd"), "amount")}
    </SimpleGrid>
  );
}
