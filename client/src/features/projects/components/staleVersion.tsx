import { Alert, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiProblem } from "../../../api/problem";
import { getProject, type Project } from "../api/getProject";

/** Whether a failed save was a 412 (someone else saved the project first). */
export function isStale(error: unknown): boolean {
  return isApiProblem(error) && error.status === 412;
}

/**
 * For the smaller editors (consortium, funding, status): the project changed meanwhile; the user loads
 * the current version and keeps what they typed, to review it and save again.
 */
export function StaleVersionAlert({ projectId, onLoaded }: { projectId: string; onLoaded: (current: Project) => void }) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const load = () => {
    setLoading(true);
    setFailed(false);
    getProject(projectId).then(
      (current) => {
        setLoading(false);
        onLoaded(current);
      },
      () => {
        setLoading(false);
        setFailed(true);
      },
    );
  };
  return (
    <Alert color="orange" variant="light" role="alert" title={t("conflict.title")}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t("conflict.staleEditor")}</Text>
        {failed && <Text size="sm">{t("conflict.loadFailed")}</Text>}
        <Button size="xs" onClick={load} loading={loading}>
          {t("conflict.loadCurrent")}
        </Button>
      </Stack>
    </Alert>
  );
}
