import { Anchor, NativeSelect, Stack, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { Schema } from "../../../api/client";
import { LoadingState } from "../../../components/LoadingState";
import { Pager } from "../../../components/Pager";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useSolutions } from "../api/solutions";
import classes from "../components/catalogs.module.css";
import { FilterBar } from "../components/FilterBar";
import { ListHeader } from "../components/ListHeader";
import { EmptyState } from "../components/LoadFailure";
import { SortHeader } from "../components/SortHeader";
import { nextSort, parseSearch, solutionListSearch, solutionsApiQuery, toSearchParams, type SolutionListSearch } from "../searchParams";

/** /catalogs/solutions: the standardized catalog, by category and text; sort and page in the URL. */
export function SolutionsPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseSearch(solutionListSearch, searchParams);
  const solutions = useSolutions(solutionsApiQuery(search));
  const update = (change: Partial<SolutionListSearch>) => setSearchParams(toSearchParams({ ...search, ...change }));
  const onSort = (column: string) => update({ sort: nextSort(search.sort, column), page: 1 });

  return (
    <Stack gap="md">
      <ListHeader
        title={t("catalogs.solutions.title")}
        totalCount={solutions.data?.totalCount}
        createLabel={t("catalogs.solutions.new")}
        createTo="/catalogs/solutions/new"
      />
      <FilterBar
        label={t("catalogs.solutions.filters.label")}
        searchLabel={t("catalogs.solutions.filters.search")}
        q={search.q}
        onSearch={({ q }) => update({ q, page: 1 })}
        onClear={() => update({ q: undefined, category: undefined, page: 1 })}
      >
        <NativeSelect
          label={t("catalogs.solutions.filters.category")}
          value={search.category ?? ""}
          data={[{ value: "", label: t("common.any") }, ...enumOptions(t, "SolutionCategory")]}
          onChange={(e) =>
            update({ category: (e.currentTarget.value || undefined) as Schema<"SolutionCategory"> | undefined, page: 1 })
          }
        />
      </FilterBar>
      {solutions.isPending ? (
        <LoadingState />
      ) : solutions.isError ? (
        <ProblemAlert error={solutions.error} title={t("catalogs.solutions.loadFailed")} onRetry={() => void solutions.refetch()} />
      ) : solutions.data.items.length === 0 ? (
        <EmptyState>{t("catalogs.solutions.empty")}</EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Caption>{t("catalogs.solutions.tableCaption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader column="code" label={t("catalogs.solutions.columns.code")} sort={search.sort} onSort={onSort} />
                  <SortHeader column="name" label={t("catalogs.solutions.columns.name")} sort={search.sort} onSort={onSort} />
                  <SortHeader column="category" label={t("catalogs.solutions.columns.category")} sort={search.sort} onSort={onSort} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {solutions.data.items.map((solution) => (
                  <Table.Tr key={solution.id}>
                    <Table.Td className={classes.code}>{solution.code}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/catalogs/solutions/${solution.id}`}>
                        {localName(solution, language)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{enumLabel(t, "SolutionCategory", solution.category)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={search.page}
            pageSize={search.pageSize}
            totalCount={solutions.data.totalCount}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize, page: 1 })}
          />
        </>
      )}
    </Stack>
  );
}
