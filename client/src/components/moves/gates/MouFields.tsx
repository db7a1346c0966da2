import { SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { gateInputs, type GateFieldsProps } from "./fields";

/** The MOU gate: the government-to-government agreement. */
export function MouFields(props: GateFieldsProps<"mou">) {
  const { t } = useTranslation();
  const input = gateInputs("mou", props);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {input.text("koreanSignatory", t("moves.gate.mou.koreanSignatory"), 200)}
      {input.text("partnerSignatory", t("moves.gate.mou.partnerSignatory"), 200)}
      {input.date("signedOn", t("moves.gate.mou.signedOn"))}
      {input.date("expiresOn", t("moves.gate.mou.expiresOn"))}
      {input.longText("scope", t("moves.gate.mou.scope"), 2000)}
    </SimpleGrid>
  );
}
