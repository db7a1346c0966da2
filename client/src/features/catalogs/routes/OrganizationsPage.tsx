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
import { useOrganizations } from "../api/organizations";
import classes from "../components/catalogs.module.css";
import { FilterBar } from "../components/FilterBar";
import { ListHeader } from "../components/ListHeader";
import { EmptyState } from "../components/LoadFailure";
import { SortHeader } from "../components/SortHeader";
import {
  nextSort,
  organizationListSearch,
  organizationsApiQuery,
  parseSearch,
  toSearchParams,
  type OrganizationListSearch,
} from "../searchParams";

/** /catalogs/organizations: kind, country, size and text filters, sort and page, all in the URL. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseSearch(organizationListSearch, searchParams);
  const organizations = useOrganizations(organizationsApiQuery(search));
  const update = (change: Partial<OrganizationListSearch>) => setSearchParams(toSearchParams({ ...search, ...change }));
  const onSort = (column: string) => update({ sort: nextSort(search.sort, column), page: 1 });

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
      {organizations.isPending ? (
        <LoadingState />
      ) : organizations.isError ? (
        <ProblemAlert
          error={organizations.error}
          title={t("catalogs.organizations.loadFailed")}
          onRetry={() => void organizations.refetch()}
        />
      ) : organizations.data.items.length === 0 ? (
        <EmptyState>{t("catalogs.organizations.empty")}</EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={680}>
            <Table striped highlightOnHover>
              <Table.Caption>{t("catalogs.organizations.tableCaption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader column="name" label={t("catalogs.organizations.columns.name")} sort={search.sort} onSort={onSort} />
                  <SortHeader column="kind" label={t("catalogs.organizations.columns.kind")} sort={search.sort} onSort={onSort} />
                  <SortHeader
                    column="countryCode"
                    label={t("catalogs.organizations.columns.country")}
                    sort={search.sort}
                    onSort={onSort}
                  />
                  <Table.Th>{t("catalogs.organizations.columns.size")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organizations.data.items.map((organization) => (
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
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={search.page}
            pageSize={search.pageSize}
            totalCount={organizations.data.totalCount}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize, page: 1 })}
          />
        </>
      )}
    </Stack>
  );
}
