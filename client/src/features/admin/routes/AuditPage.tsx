import { Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { AuditEntryList } from "../../../components/audit/AuditEntryList";
import { LoadingState } from "../../../components/LoadingState";
import { Pager } from "../../../components/Pager";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { useFormat } from "../../../i18n/format";
import { useAuditEntries } from "../api/audit";
import { AuditFilters, type AuditFilterValues } from "../components/AuditFilters";
import { RequirePermission } from "../components/RequirePermission";
import { auditApiQuery, auditSearchParams, parseAuditListSearch, type AuditListSearch } from "../searchParams";

/** /admin/audit: who changed what and when, filtered and paged in the URL (ReadAudit). */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2}>{t("admin.audit.title")}</Title>
      <RequirePermission permission="ReadAudit">
        <AuditTrail />
      </RequirePermission>
    </Stack>
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
      {entries.isPending ? (
        <LoadingState />
      ) : entries.isError ? (
        <ProblemAlert error={entries.error} title={t("admin.audit.loadFailed")} onRetry={() => void entries.refetch()} />
      ) : entries.data.items.length === 0 ? (
        <Text py="lg">{t("admin.audit.empty")}</Text>
      ) : (
        <>
          <AuditEntryList entries={entries.data.items} showRecord />
          <Pager
            page={search.page}
            pageSize={search.pageSize}
            totalCount={entries.data.totalCount}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize, page: 1 })}
          />
        </>
      )}
    </Stack>
  );
}
