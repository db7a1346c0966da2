import { Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AuditEntryList } from "../../../components/audit/AuditEntryList";
import { LoadingState } from "../../../components/LoadingState";
import { Pager } from "../../../components/Pager";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { useProjectAudit } from "../api/getProjectAudit";

/** The project's history from the audit trail, newest first, a page at a time. */
export function AuditSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const audit = useProjectAudit(projectId, { page, pageSize, sort: "-at" });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="audit-heading">
      <Stack gap="md">
        <Title order={2} id="audit-heading" size="h3">
          {t("projects.audit.title")}
        </Title>
        {audit.isPending ? (
          <LoadingState />
        ) : audit.isError ? (
          <ProblemAlert error={audit.error} title={t("projects.audit.loadFailed")} onRetry={() => void audit.refetch()} />
        ) : audit.data.items.length === 0 ? (
          <Text c="dimmed">{t("projects.audit.empty")}</Text>
        ) : (
          <>
            <AuditEntryList entries={audit.data.items} label={t("projects.audit.title")} />
            <Pager
              page={page}
              pageSize={pageSize}
              totalCount={audit.data.totalCount}
              onPage={setPage}
              onPageSize={(size) => {
                setPageSize(size);
                setPage(1);
              }}
              sizes={[10, 25, 50]}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
