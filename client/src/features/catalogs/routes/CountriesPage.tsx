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
import { useCountries } from "../api/countries";
import classes from "../components/catalogs.module.css";
import { FilterBar } from "../components/FilterBar";
import { ListHeader } from "../components/ListHeader";
import { EmptyState } from "../components/LoadFailure";
import { SortHeader } from "../components/SortHeader";
import { countriesApiQuery, countryListSearch, nextSort, parseSearch, toSearchParams, type CountryListSearch } from "../searchParams";

/** /catalogs/countries: search, region, sort and page, all in the URL. */
export function CountriesPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseSearch(countryListSearch, searchParams);
  const countries = useCountries(countriesApiQuery(search));
  const update = (change: Partial<CountryListSearch>) => setSearchParams(toSearchParams({ ...search, ...change }));
  const onSort = (column: string) => update({ sort: nextSort(search.sort, column), page: 1 });

  return (
    <Stack gap="md">
      <ListHeader
        title={t("catalogs.countries.title")}
        totalCount={countries.data?.totalCount}
        createLabel={t("catalogs.countries.new")}
        createTo="/catalogs/countries/new"
      />
      <FilterBar
        label={t("catalogs.countries.filters.label")}
        searchLabel={t("catalogs.countries.filters.search")}
        q={search.q}
        onSearch={({ q }) => update({ q, page: 1 })}
        onClear={() => update({ q: undefined, region: undefined, page: 1 })}
      >
        <NativeSelect
          label={t("catalogs.countries.filters.region")}
          value={search.region ?? ""}
          data={[{ value: "", label: t("common.any") }, ...enumOptions(t, "Region")]}
          onChange={(e) => update({ region: (e.currentTarget.value || undefined) as Schema<"Region"> | undefined, page: 1 })}
        />
      </FilterBar>
      {countries.isPending ? (
        <LoadingState />
      ) : countries.isError ? (
        <ProblemAlert error={countries.error} title={t("catalogs.countries.loadFailed")} onRetry={() => void countries.refetch()} />
      ) : countries.data.items.length === 0 ? (
        <EmptyState>{t("catalogs.countries.empty")}</EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover>
              <Table.Caption>{t("catalogs.countries.tableCaption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader column="code" label={t("catalogs.countries.columns.code")} sort={search.sort} onSort={onSort} />
                  <SortHeader column="name" label={t("catalogs.countries.columns.name")} sort={search.sort} onSort={onSort} />
                  <SortHeader column="region" label={t("catalogs.countries.columns.region")} sort={search.sort} onSort={onSort} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {countries.data.items.map((country) => (
                  <Table.Tr key={country.code}>
                    <Table.Td className={classes.code}>{country.code}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/catalogs/countries/${country.code}`}>
                        {localName(country, language)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{enumLabel(t, "Region", country.region)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={search.page}
            pageSize={search.pageSize}
            totalCount={countries.data.totalCount}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize, page: 1 })}
          />
        </>
      )}
    </Stack>
  );
}
