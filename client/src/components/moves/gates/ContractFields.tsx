import { Select, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useKoreanCompanies, type Organization } from "../api";
import { gateInputs, type GateFieldsProps } from "./fields";

/** The Contract gate: the contract, with its prime contractor chosen among the Korean companies. */
export function ContractFields(props: GateFieldsProps<"contract">) {
  const { t, i18n } = useTranslation();
  const input = gateInputs("contract", props);
  const companies = useKoreanCompanies();
  const companyName = (o: Organization) => (i18n.language === "ko" && o.nameKo ? o.nameKo : o.name);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {input.text("number", t("moves.gate.contract.number"), 100)}
      {input.date("signedOn", t("moves.gate.contract.signedOn"))}
      {input.number("value", t("moves.gate.contract.value"), "amount")}
      {input.choice("currency", t("moves.gate.contract.currency"), ["USD", "KRW"])}
      <Select
        label={t("moves.gate.contract.primeContractorId")}
        withAsterisk
        searchable
        clearable
        nothingFoundMessage={t("moves.nothingFound")}
        data={(companies.data ?? []).map((o) => ({ value: o.id, label: companyName(o) }))}
        value={props.values.primeContractorId}
        onChange={(primeContractorId) => props.onChange({ primeContractorId })}
        error={props.error("contract.primeContractorId") ?? (companies.isError ? t("moves.companiesFailed") : undefined)}
        style={{ gridColumn: "1 / -1" }}
      />
      {input.date("startOn", t("moves.gate.contract.startOn"))}
      {input.date("endOn", t("moves.gate.contract.endOn"))}
    </SimpleGrid>
  );
}
