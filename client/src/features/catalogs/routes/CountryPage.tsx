import { Anchor, Badge, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { z } from "zod";
import { LoadingState } from "../../../components/LoadingState";
import { Pager, pageSizes } from "../../../components/Pager";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { enumLabel, stageLabel, statusLabel } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useCountry } from "../api/countries";
import { useCountryProjects } from "../api/countryProjects";
import classes from "../components/catalogs.module.css";
import { DetailHeader, FieldList } from "../components/DetailHeader";
import { EmptyState, LoadFailure } from "../components/LoadFailure";

const projectsPaging = z.object({
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (pageSizes as readonly number[]).includes(n))
    .catch(10),
});

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
  const paging = projectsPaging.parse(Object.fromEntries(searchParams));
  const projects = useCountryProjects(code, paging.page, paging.pageSize);
  const update = (change: Partial<typeof paging>) => {
    const next = { ...paging, ...change };
    const params = new URLSearchParams();
    if (next.page !== 1) params.set("page", String(next.page));
    if (next.pageSize !== 10) params.set("pageSize", String(next.pageSize));
    setSearchParams(params);
  };

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
                      <Badge variant="light" className={classes.stage}>
                        {stageLabel(t, project.stage)}
                      </Badge>
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
