import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { can, useMe, type Permission } from "../../../auth/me";
import { LoadingState } from "../../../components/LoadingState";
import { ProblemAlert } from "../../../components/ProblemAlert";

type AdminPermission = Extract<Permission, "Administer" | "ReadAudit">;

/** Renders `children` only for a caller with `permission`; otherwise says so (and asks the API nothing). */
export function RequirePermission({ permission, children }: { permission: AdminPermission; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) {
    return <LoadingState />;
  }
  if (me.isError) {
    return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (!can(me.data, permission)) {
    return (
      <Alert color="yellow" variant="light" title={t("admin.noAccess.title")}>
        {t(`admin.noAccess.${permission}`)}
      </Alert>
    );
  }
  return <>{children}</>;
}
