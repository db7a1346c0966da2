import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useCan } from "../../../auth/me";
import { PagedList } from "../../../components/table/PagedList";
import { useFormat } from "../../../i18n/format";
import { useProjects } from "../api/listProjects";
import { ProjectFilters, type ProjectFilterValues } from "../components/ProjectFilters";
import { ProjectsTable } from "../components/ProjectsTable";
import { ExportButton } from "../components/ExportButton";
import { nextSort } from "../../../components/url/searchParams";
import { parseProjectListSearch, toApiQuery, toSearchParams, type ProjectListSearch } from "../searchParams";

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
      <PagedList query={projects} search={search} update={update} loadFailed={t("projects.loadFailed")} empty={t("projects.empty")}>
        {(items) => (
          <ProjectsTable
            projects={items}
            sort={search.sort}
            onSort={(column) => update({ sort: nextSort(search.sort, column), page: 1 })}
          />
        )}
      </PagedList>
    </Stack>
  );
}
