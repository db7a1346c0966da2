import { Anchor, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { z } from "zod";
import { LoadingState } from "../../../components/LoadingState";
import { Pager } from "../../../components/Pager";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { StageBadge } from "../../../components/table/StageBadge";
import classes from "../../../components/table/table.module.css";
import { pagingFields, parseSearch, toSearchParams } from "../../../components/url/searchParams";
import { enumLabel, statusLabel } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useCountry } from "../api/countries";
import { useCountryProjects } from "../api/countryProjects";
import { DetailHeader, FieldList } from "../components/DetailHeader";
import { EmptyState, LoadFailure } from "../components/LoadFailure";

const projectsPaging = z.object(pagingFields(10));

/** /catalogs/countries/:code: the country, its region and its export projects (paged, page in the URL). */
export function CountryPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { code = "" } = useParams();
  const country = useCountry(code);
  const back = { backTo: "/catalogs/countries", backLabel: t("catalogs.countries.backToList") };

  if (country.isPending) {
    return <LoadingState />;
  }
  if (country.isError) {
    return (
      <LoadFailure
        error={country.error}
        notFound={t("catalogs.countries.notFound", { code: code.toUpperCase() })}
        failed={t("catalogs.countries.loadOneFailed")}
        onRetry={() => void country.refetch()}
        {...back}
      />
    );
  }
  const c = country.data;
  return (
    <Stack gap="lg">
      <DetailHeader title={`${localName(c, language)} (${c.code})`} editTo={`/catalogs/countries/${c.code}/edit`} {...back} />
      <FieldList
        fields={[
          { label: t("catalogs.countries.fields.code"), value: c.code },
          { label: t("catalogs.countries.fields.alpha3"), value: c.alpha3 },
          { label: t("catalogs.countries.fields.name"), value: c.name },
          { label: t("catalogs.countries.fields.nameKo"), value: <span lang="ko">{c.nameKo}</span> },
          { label: t("catalogs.countries.fields.region"), value: enumLabel(t, "Region", c.region) },
        ]}
      />
      <CountryProjects code={c.code} />
    </Stack>
  );
}

function CountryProjects({ code }: { code: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const paging = parseSearch(projectsPaging, searchParams);
  const projects = useCountryProjects(code, paging.page, paging.pageSize);
  const update = (change: Partial<typeof paging>) => setSearchParams(toSearchParams({ ...paging, ...change }, { pageSize: 10 }));

  return (
    <Stack gap="sm" component="section" aria-labelledby="country-projects">
      <Title order={3} id="country-projects">
        {t("catalogs.countries.projects.title")}
      </Title>
      {projects.isPending ? (
        <LoadingState />
      ) : projects.isError ? (
        <ProblemAlert error={projects.error} title={t("catalogs.countries.projects.loadFailed")} onRetry={() => void projects.refetch()} />
      ) : projects.data.items.length === 0 ? (
        <EmptyState>{t("catalogs.countries.projects.empty")}</EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t("catalogs.total", { total: format.number(projects.data.totalCount) })}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Caption>{t("catalogs.countries.projects.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("catalogs.countries.projects.columns.code")}</Table.Th>
                  <Table.Th>{t("catalogs.countries.projects.columns.title")}</Table.Th>
                  <Table.Th>{t("catalogs.countries.projects.columns.stage")}</Table.Th>
                  <Table.Th>{t("catalogs.countries.projects.columns.status")}</Table.Th>
                  <Table.Th style={{ textAlign: "end" }}>{t("catalogs.countries.projects.columns.value")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {projects.data.items.map((project) => (
                  <Table.Tr key={project.id}>
                    <Table.Td className={classes.code}>
                      <Anchor component={Link} to={`/projects/${project.id}`}>
                        {project.code}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{project.title}</Table.Td>
                    <Table.Td className={classes.nowrap}>
                      <StageBadge stage={project.stage} />
                    </Table.Td>
                    <Table.Td>{statusLabel(t, project.status)}</Table.Td>
                    <Table.Td style={{ textAlign: "end" }}>{format.money(project.estimatedValueUsd, "USD")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={paging.page}
            pageSize={paging.pageSize}
            totalCount={projects.data.totalCount}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize, page: 1 })}
          />
        </>
      )}
    </Stack>
  );
}
