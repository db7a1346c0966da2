import { Anchor, NativeSelect, Stack, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../../api/client";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useCountries } from "../api/countries";
import classes from "../../../components/table/table.module.css";
import { CatalogTable, useListSearch } from "../components/CatalogList";
import { FilterBar } from "../components/FilterBar";
import { ListHeader } from "../components/ListHeader";
import { SortableHeader } from "../../../components/table/SortableHeader";
import { countriesApiQuery, countryListSearch } from "../searchParams";

/** /catalogs/countries: search, region, sort and page, all in the URL. */
export function CountriesPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { search, update, onSort } = useListSearch(countryListSearch);
  const countries = useCountries(countriesApiQuery(search));

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
      <CatalogTable
        query={countries}
        search={search}
        update={update}
        loadFailed={t("catalogs.countries.loadFailed")}
        empty={t("catalogs.countries.empty")}
        caption={t("catalogs.countries.tableCaption")}
        minWidth={560}
        columns={
          <>
            <SortableHeader column="code" label={t("catalogs.countries.columns.code")} sort={search.sort} onSort={onSort} />
            <SortableHeader column="name" label={t("catalogs.countries.columns.name")} sort={search.sort} onSort={onSort} />
            <SortableHeader column="region" label={t("catalogs.countries.columns.region")} sort={search.sort} onSort={onSort} />
          </>
        }
        row={(country) => (
          <Table.Tr key={country.code}>
            <Table.Td className={classes.code}>{country.code}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/catalogs/countries/${country.code}`}>
                {localName(country, language)}
              </Anchor>
            </Table.Td>
            <Table.Td>{enumLabel(t, "Region", country.region)}</Table.Td>
          </Table.Tr>
        )}
      />
    </Stack>
  );
}
