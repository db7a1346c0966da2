import { SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { enumOptions } from "../../../i18n/enumLabels";
import { gateInputs, type GateFieldsProps } from "./fields";

/** The Consulting gate: one consulting engagement. */
export function ConsultingFields(props: GateFieldsProps<"consulting">) {
  const { t } = useTranslation();
  const input = gateInputs("consulting", props);
  const choose = { value: "", label: t("moves.choose") };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {input.choice("type", t("moves.gate.consulting.type"), [choose, ...enumOptions(t, "ConsultingType")])}
      {input.number("plannedRounds", t("moves.gate.consulting.plannedRounds"), "count")}
      {input.choice("costBearer", t("moves.gate.consulting.costBearer"), [choose, ...enumOptions(t, "CostBearer")])}
      {input.date("startOn", t("moves.gate.consulting.startOn"))}
    </SimpleGrid>
  );
}
