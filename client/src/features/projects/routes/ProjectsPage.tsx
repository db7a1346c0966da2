import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useCan } from "../../../auth/me";
import { LoadingState } from "../../../components/LoadingState";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { useFormat } from "../../../i18n/format";
import { useProjects } from "../api/listProjects";
import { ProjectFilters, type ProjectFilterValues } from "../components/ProjectFilters";
import { Pager } from "../../../components/Pager";
import { ProjectsTable } from "../components/ProjectsTable";
import { ExportButton } from "../components/ExportButton";
import { nextSort, parseProjectListSearch, toApiQuery, toSearchParams, type ProjectListSearch } from "../searchParams";

/** /projects: the list, its filters, sort and page all kept in the URL. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseProjectListSearch(searchParams);
  const apiQuery = toApiQuery(search);
  const projects = useProjects(apiQuery);
  const mayCreate = useCan("CreateProjects");
  const { page: _page, pageSize: _pageSize, ...exportQuery } = apiQuery;

  const update = (change: Partial<ProjectListSearch>) => setSearchParams(toSearchParams({ ...search, ...change }));
  const filter = (values: ProjectFilterValues) => update({ ...values, page: 1 });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Group align="baseline" gap="md">
          <Title order={1}>{t("projects.title")}</Title>
          {projects.data && (
            <Text c="dimmed" size="sm" aria-live="polite">
              {t("projects.total", { total: format.number(projects.data.totalCount) })}
            </Text>
          )}
        </Group>
        <Group gap="sm" align="flex-start">
          <ExportButton query={exportQuery} />
          {mayCreate && (
            <Button component={Link} to="/projects/new">
              {t("projects.create.button")}
            </Button>
          )}
        </Group>
      </Group>
      <ProjectFilters values={search} onChange={filter} />
      {projects.isPending ? (
        <LoadingState />
      ) : projects.isError ? (
        <ProblemAlert error={projects.error} title={t("projects.loadFailed")} onRetry={() => void projects.refetch()} />
      ) : projects.data.items.length === 0 ? (
        <Text py="lg">{t("projects.empty")}</Text>
      ) : (
        <>
          <ProjectsTable
            projects={projects.data.items}
            sort={search.sort}
            onSort={(column) => update({ sort: nextSort(search.sort, column), page: 1 })}
          />
          <Pager
            page={search.page}
            pageSize={search.pageSize}
            totalCount={projects.data.totalCount}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize, page: 1 })}
          />
        </>
      )}
    </Stack>
  );
}
