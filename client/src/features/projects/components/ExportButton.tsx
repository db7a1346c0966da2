import { Alert, Button, Stack } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { downloadBlob, exportFileName, exportProjects, type ExportProjectsQuery } from "../api/exportProjects";

/** Downloads the list's current view (same filters and sort) as CSV. */
export function ExportButton({ query }: { query: ExportProjectsQuery }) {
  const { t } = useTranslation();
  // The view goes in as the mutation's variables: a mutationFn closing over `query` can still hold the
  // previous filters when the click follows a filter change at once (the observer updates in an effect).
  const download = useMutation({
    mutationFn: (view: ExportProjectsQuery) => exportProjects(view),
    onSuccess: (blob) => downloadBlob(blob, exportFileName()),
  });
  return (
    <Stack gap="xs" align="flex-end">
      <Button variant="default" onClick={() => download.mutate(query)} loading={download.isPending} aria-describedby={download.isPending ? "export-progress" : undefined}>
        {t("projects.export.button")}
      </Button>
      {download.isPending && (
        <span id="export-progress" role="status" style={{ fontSize: "var(--mantine-font-size-sm)" }}>
          {t("projects.export.inProgress")}
        </span>
      )}
      {download.isSuccess && (
        <Alert color="teal" variant="light" role="status" p="xs">
          {t("projects.export.done")}
        </Alert>
      )}
      {download.isError && <ProblemAlert error={download.error} title={t("projects.export.failed")} />}
    </Stack>
  );
}
