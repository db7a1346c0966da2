import { Anchor, NativeSelect, Stack, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../../api/client";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useSolutions } from "../api/solutions";
import classes from "../../../components/table/table.module.css";
import { CatalogTable, useListSearch } from "../components/CatalogList";
import { FilterBar } from "../components/FilterBar";
import { ListHeader } from "../components/ListHeader";
import { SortableHeader } from "../../../components/table/SortableHeader";
import { solutionListSearch, solutionsApiQuery } from "../searchParams";

/** /catalogs/solutions: the standardized catalog, by category and text; sort and page in the URL. */
export function SolutionsPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { search, update, onSort } = useListSearch(solutionListSearch);
  const solutions = useSolutions(solutionsApiQuery(search));

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
      <CatalogTable
        query={solutions}
        search={search}
        update={update}
        loadFailed={t("catalogs.solutions.loadFailed")}
        empty={t("catalogs.solutions.empty")}
        caption={t("catalogs.solutions.tableCaption")}
        minWidth={640}
        columns={
          <>
            <SortableHeader column="code" label={t("catalogs.solutions.columns.code")} sort={search.sort} onSort={onSort} />
            <SortableHeader column="name" label={t("catalogs.solutions.columns.name")} sort={search.sort} onSort={onSort} />
            <SortableHeader column="category" label={t("catalogs.solutions.columns.category")} sort={search.sort} onSort={onSort} />
          </>
        }
        row={(solution) => (
          <Table.Tr key={solution.id}>
            <Table.Td className={classes.code}>{solution.code}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/catalogs/solutions/${solution.id}`}>
                {localName(solution, language)}
              </Anchor>
            </Table.Td>
            <Table.Td>{enumLabel(t, "SolutionCategory", solution.category)}</Table.Td>
          </Table.Tr>
        )}
      />
    </Stack>
  );
}
