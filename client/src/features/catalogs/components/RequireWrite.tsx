import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCan, useMe } from "../../../auth/me";
import { LoadingState } from "../../../components/LoadingState";

/** A create or edit page: only for those who may write the catalogs (others reach it only by typing the URL). */
export function RequireWrite({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const canWrite = useCan("WriteCatalog");
  if (me.isPending) {
    return <LoadingState />;
  }
  if (!canWrite) {
    return (
      <Alert color="yellow" role="alert" title={t("catalogs.form.notAllowedTitle")} variant="light">
        {t("catalogs.form.notAllowed")}
      </Alert>
    );
  }
  return <>{children}</>;
}
