import { Button, Group, Modal, NativeSelect, Select, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectStatus } from "../../../api/enums";
import type { Schema } from "../../../api/client";
import { fieldError } from "../../../components/forms/fieldError";
import { enumOptions, statusLabel } from "../../../i18n/enumLabels";
import { changeProjectStatus } from "../api/changeProjectStatus";
import type { Project } from "../api/getProject";
import { localName, useCountries } from "../api/referenceData";
import { EditorSaveProblem, useEditorSave } from "./editorSave";

type LossReason = Schema<"LossReason">;

/** Whether what the project may do is to be reopened (it is closed), as the API's status options say. */
export function reopensOnly(project: Pick<Project, "statusOptions">): boolean {
  return project.statusOptions.some((option) => option.reopens);
}

interface StatusDialogProps {
  project: Project;
  opened: boolean;
  onClose: () => void;
}

/** Puts a project on hold, closes it (with a reason, and for Lost why and to whom) or reopens it. */
export function StatusDialog({ project, opened, onClose }: StatusDialogProps) {
  const { t } = useTranslation();
  const title = reopensOnly(project) ? t("projects.status.reopenTitle") : t("projects.status.changeTitle");
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ "aria-label": t("common.close") }}>
      {opened && <StatusForm project={project} onClose={onClose} />}
    </Modal>
  );
}

function StatusForm({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const countries = useCountries();
  // What the API says this project may change to now, and which changes need a reason (domain rules).
  const targets = project.statusOptions.map((option) => option.status);
  const [status, setStatus] = useState<ProjectStatus>(targets[0]!);
  const [reason, setReason] = useState("");
  const [lossReason, setLossReason] = useState<LossReason | "">("");
  const [lostTo, setLostTo] = useState<string | null>(null);

  const { save, submit, error, reloaded } = useEditorSave(
    project,
    (version) =>
      changeProjectStatus(project.id, version, {
        status,
        reason: reason.trim() || null,
        ...(status === "Lost" && lossReason ? { lossReason } : {}),
        lostToCountryCode: status === "Lost" && lossReason === "Competitor" ? lostTo : null,
      }),
    onClose,
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <EditorSaveProblem
          projectId={project.id}
          error={error}
          shownPaths={["status", "reason", "lossReason", "lostToCountryCode"]}
          onReloaded={reloaded}
        />
        <NativeSelect
          label={t("projects.status.newStatus")}
          value={status}
          data={targets.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          onChange={(e) => setStatus(e.currentTarget.value as ProjectStatus)}
          error={fieldError(error, "status")}
        />
        <Textarea
          label={t("projects.status.reason")}
          required={project.statusOptions.find((option) => option.status === status)?.reasonRequired ?? false}
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(error, "reason")}
        />
        {status === "Lost" && (
          <>
            <NativeSelect
              label={t("projects.status.lossReason")}
              value={lossReason}
              data={[{ value: "", label: t("common.none") }, ...enumOptions(t, "LossReason")]}
              onChange={(e) => setLossReason(e.currentTarget.value as LossReason | "")}
              error={fieldError(error, "lossReason")}
            />
            {lossReason === "Competitor" && (
              <Select
                label={t("projects.status.lostTo")}
                searchable
                clearable
                value={lostTo}
                onChange={setLostTo}
                data={(countries.data ?? []).map((c) => ({ value: c.code, label: localName(c, language) }))}
                error={fieldError(error, "lostToCountryCode")}
              />
            )}
          </>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={save.isPending}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {reopensOnly(project) ? t("projects.status.reopen") : t("projects.status.apply")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
