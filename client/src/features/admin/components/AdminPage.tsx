import { Alert, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { RequirePermission } from "./RequirePermission";

interface AdminPageProps {
  title: string;
  permission: Parameters<typeof RequirePermission>[0]["permission"];
  children: ReactNode;
}

/** An administration page: its heading, then its content for those with the permission. */
export function AdminPage({ title, permission, children }: AdminPageProps) {
  return (
    <Stack gap="md">
      <Title order={2}>{title}</Title>
      <RequirePermission permission={permission}>{children}</RequirePermission>
    </Stack>
  );
}

/** Above a list: how many records it holds (once known) and the page's action. */
export function ListToolbar({ total, children }: { total: string | undefined; children: ReactNode }) {
  return (
    <Group justify="space-between" align="baseline">
      {total !== undefined ? (
        <Text c="dimmed" size="sm" aria-live="polite">
          {total}
        </Text>
      ) : (
        <span />
      )}
      {children}
    </Group>
  );
}

/** What the last action did, announced, until the user closes it. */
export function Notice({ notice, onClose }: { notice: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite">
      {notice && (
        <Alert color="teal" variant="light" withCloseButton onClose={onClose} closeButtonLabel={t("common.close")}>
          {notice}
        </Alert>
      )}
    </div>
  );
}
