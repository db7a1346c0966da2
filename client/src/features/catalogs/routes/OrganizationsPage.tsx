import { Anchor, NativeSelect, Stack, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../../api/client";
import { SortableHeader } from "../../../components/table/SortableHeader";
import classes from "../../../components/table/table.module.css";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useOrganizations } from "../api/organizations";
import { CatalogTable, useListSearch } from "../components/CatalogList";
import { FilterBar } from "../components/FilterBar";
import { ListHeader } from "../components/ListHeader";
import { organizationListSearch, organizationsApiQuery } from "../searchParams";

/** /catalogs/organizations: kind, country, size and text filters, sort and page, all in the URL. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { search, update, onSort } = useListSearch(organizationListSearch);
  const organizations = useOrganizations(organizationsApiQuery(search));

  return (
    <Stack gap="md">
      <ListHeader
        title={t("catalogs.organizations.title")}
        totalCount={organizations.data?.totalCount}
        createLabel={t("catalogs.organizations.new")}
        createTo="/catalogs/organizations/new"
      />
      <FilterBar
        label={t("catalogs.organizations.filters.label")}
        searchLabel={t("catalogs.organizations.filters.search")}
        q={search.q}
        textFields={[
          {
            name: "countryCode",
            label: t("catalogs.organizations.filters.country"),
            placeholder: t("catalogs.organizations.filters.countryPlaceholder"),
            value: search.countryCode,
            maxLength: 2,
            width: 130,
          },
        ]}
        onSearch={({ q, countryCode }) => update({ q, countryCode: countryCode?.toUpperCase(), page: 1 })}
        onClear={() => update({ q: undefined, kind: undefined, size: undefined, countryCode: undefined, page: 1 })}
      >
        <NativeSelect
          label={t("catalogs.organizations.filters.kind")}
          value={search.kind ?? ""}
          data={[{ value: "", label: t("common.any") }, ...enumOptions(t, "OrganizationKind")]}
          onChange={(e) =>
            update({ kind: (e.currentTarget.value || undefined) as Schema<"OrganizationKind"> | undefined, page: 1 })
          }
        />
        <NativeSelect
          label={t("catalogs.organizations.filters.size")}
          value={search.size ?? ""}
          data={[{ value: "", label: t("common.any") }, ...enumOptions(t, "CompanySize")]}
          onChange={(e) => update({ size: (e.currentTarget.value || undefined) as Schema<"CompanySize"> | undefined, page: 1 })}
        />
      </FilterBar>
      <CatalogTable
        query={organizations}
        search={search}
        update={update}
        loadFailed={t("catalogs.organizations.loadFailed")}
        empty={t("catalogs.organizations.empty")}
        caption={t("catalogs.organizations.tableCaption")}
        minWidth={680}
        columns={
          <>
            <SortableHeader column="name" label={t("catalogs.organizations.columns.name")} sort={search.sort} onSort={onSort} />
            <SortableHeader column="kind" label={t("catalogs.organizations.columns.kind")} sort={search.sort} onSort={onSort} />
            <SortableHeader
              column="countryCode"
              label={t("catalogs.organizations.columns.country")}
              sort={search.sort}
              onSort={onSort}
            />
            <Table.Th>{t("catalogs.organizations.columns.size")}</Table.Th>
          </>
        }
        row={(organization) => (
          <Table.Tr key={organization.id}>
            <Table.Td>
              <Anchor component={Link} to={`/catalogs/organizations/${organization.id}`}>
                {localName(organization, format.language)}
              </Anchor>
            </Table.Td>
            <Table.Td>{enumLabel(t, "OrganizationKind", organization.kind)}</Table.Td>
            <Table.Td>
              {format.country(organization.countryCode)} <span className={classes.muted}>({organization.countryCode})</span>
            </Table.Td>
            <Table.Td>{organization.size ? enumLabel(t, "CompanySize", organization.size) : "—"}</Table.Td>
          </Table.Tr>
        )}
      />
    </Stack>
  );
}
