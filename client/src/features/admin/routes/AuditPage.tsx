import { Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { AuditEntryList } from "../../../components/audit/AuditEntryList";
import { PagedList } from "../../../components/table/PagedList";
import { useFormat } from "../../../i18n/format";
import { useAuditEntries } from "../api/audit";
import { AuditFilters, type AuditFilterValues } from "../components/AuditFilters";
import { AdminPage } from "../components/AdminPage";
import { auditApiQuery, auditSearchParams, parseAuditListSearch, type AuditListSearch } from "../searchParams";

/** /admin/audit: who changed what and when, filtered and paged in the URL (ReadAudit). */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t("admin.audit.title")} permission="ReadAudit">
      <AuditTrail />
    </AdminPage>
  );
}

function AuditTrail() {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseAuditListSearch(searchParams);
  const entries = useAuditEntries(auditApiQuery(search));

  const update = (change: Partial<AuditListSearch>) => setSearchParams(auditSearchParams({ ...search, ...change }));
  const filter = (values: AuditFilterValues) => update({ ...values, page: 1 });

  return (
    <Stack gap="md">
      <AuditFilters values={search} onChange={filter} />
      <Group justify="flex-end">
        {entries.data && (
          <Text c="dimmed" size="sm" aria-live="polite">
            {t("admin.audit.total", { total: format.number(entries.data.totalCount) })}
          </Text>
        )}
      </Group>
      <PagedList query={entries} search={search} update={update} loadFailed={t("admin.audit.loadFailed")} empty={t("admin.audit.empty")}>
        {(items) => <AuditEntryList entries={items} showRecord />}
      </PagedList>
    </Stack>
  );
}
