import { Anchor, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LoadingState } from "../../../components/LoadingState";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { enumLabel } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useOrganization } from "../api/organizations";
import { useSolutionCountries } from "../api/solutionCountries";
import { useSolution } from "../api/solutions";
import classes from "../../../components/table/table.module.css";
import { DetailHeader, FieldList } from "../components/DetailHeader";
import { EmptyState, LoadFailure } from "../components/LoadFailure";

/** /catalogs/solutions/:id: the solution, its owning agency and the countries it was exported to. */
export function SolutionPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { id = "" } = useParams();
  const solution = useSolution(id);
  const back = { backTo: "/catalogs/solutions", backLabel: t("catalogs.solutions.backToList") };

  if (solution.isPending) {
    return <LoadingState />;
  }
  if (solution.isError) {
    return (
      <LoadFailure
        error={solution.error}
        notFound={t("catalogs.solutions.notFound")}
        failed={t("catalogs.solutions.loadOneFailed")}
        onRetry={() => void solution.refetch()}
        {...back}
      />
    );
  }
  const s = solution.data;
  return (
    <Stack gap="lg">
      <DetailHeader title={withCode(localName(s, language), s.code)} editTo={`/catalogs/solutions/${s.id}/edit`} {...back} />
      <FieldList
        fields={[
          { label: t("catalogs.solutions.fields.code"), value: s.code },
          { label: t("catalogs.solutions.fields.name"), value: s.name },
          { label: t("catalogs.solutions.fields.nameKo"), value: s.nameKo ? <span lang="ko">{s.nameKo}</span> : "—" },
          { label: t("catalogs.solutions.fields.category"), value: enumLabel(t, "SolutionCategory", s.category) },
          { label: t("catalogs.solutions.fields.owningAgency"), value: <OwningAgency id={s.owningAgencyId} /> },
          {
            label: t("catalogs.solutions.fields.description"),
            value: s.description ? <Text style={{ whiteSpace: "pre-line" }}>{s.description}</Text> : "—",
          },
        ]}
      />
      <ExportedTo id={s.id} />
    </Stack>
  );
}

/** "UNI-PASS (UNIPASS)", but "e-Procurement System (KONEPS)" as it is. */
function withCode(name: string, code: string): string {
  return name.toUpperCase().includes(code.toUpperCase()) ? name : `${name} (${code})`;
}

function OwningAgency({ id }: { id: string | null | undefined }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const agency = useOrganization(id);
  if (!id) {
    return <>{t("common.none")}</>;
  }
  if (agency.isPending) {
    return <>{t("app.loading")}</>;
  }
  if (agency.isError) {
    return <>{t("catalogs.solutions.agencyUnknown")}</>;
  }
  return (
    <Anchor component={Link} to={`/catalogs/organizations/${agency.data.id}`}>
      {localName(agency.data, language)}
    </Anchor>
  );
}

function ExportedTo({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useSolutionCountries(id);
  return (
    <Stack gap="sm" component="section" aria-labelledby="solution-countries">
      <Title order={3} id="solution-countries">
        {t("catalogs.solutions.countries.title")}
      </Title>
      {countries.isPending ? (
        <LoadingState />
      ) : countries.isError ? (
        <ProblemAlert error={countries.error} title={t("catalogs.solutions.countries.loadFailed")} onRetry={() => void countries.refetch()} />
      ) : countries.data.length === 0 ? (
        <EmptyState>{t("catalogs.solutions.countries.empty")}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover>
            <Table.Caption>{t("catalogs.solutions.countries.caption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("catalogs.solutions.countries.columns.country")}</Table.Th>
                <Table.Th>{t("catalogs.solutions.countries.columns.region")}</Table.Th>
                <Table.Th style={{ textAlign: "end" }}>{t("catalogs.solutions.countries.columns.projectCount")}</Table.Th>
                <Table.Th style={{ textAlign: "end" }}>{t("catalogs.solutions.countries.columns.valueUsd")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {countries.data.map((country) => (
                <Table.Tr key={country.countryCode}>
                  <Table.Td>
                    <Anchor component={Link} to={`/catalogs/countries/${country.countryCode}`}>
                      {localName(country, format.language)}
                    </Anchor>{" "}
                    <span className={classes.muted}>({country.countryCode})</span>
                  </Table.Td>
                  <Table.Td>{enumLabel(t, "Region", country.region)}</Table.Td>
                  <Table.Td style={{ textAlign: "end" }}>{format.number(country.projectCount)}</Table.Td>
                  <Table.Td style={{ textAlign: "end" }}>{format.money(country.valueUsd, "USD")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
