import { Alert, Button, Group, Modal, NativeSelect, Select, Stack, Textarea } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectStatus } from "../../../api/enums";
import type { Schema } from "../../../api/client";
import { isApiProblem } from "../../../api/problem";
import { fieldError, otherFieldErrors } from "../../../components/forms/fieldError";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { enumOptions, statusLabel } from "../../../i18n/enumLabels";
import { changeProjectStatus } from "../api/changeProjectStatus";
import type { Project } from "../api/getProject";
import { localName, useCountries } from "../api/referenceData";
import { isStale, StaleVersionAlert } from "./staleVersion";
import { useProjectChanged } from "./useProjectChanged";

type LossReason = Schema<"LossReason">;

const closedStatuses: readonly ProjectStatus[] = ["Lost", "Withdrawn", "Completed"];

export function isClosed(status: ProjectStatus): boolean {
  return closedStatuses.includes(status);
}

/** The statuses a project may change to (DOMAIN.md): a closed one only reopens; only Maintenance completes. */
export function allowedStatuses(project: Pick<Project, "status" | "stage">): ProjectStatus[] {
  if (isClosed(project.status)) {
    return ["Active"];
  }
  const targets: ProjectStatus[] = project.status === "OnHold" ? ["Active", "Lost", "Withdrawn"] : ["OnHold", "Lost", "Withdrawn"];
  if (project.stage === "Maintenance") {
    targets.push("Completed");
  }
  return targets;
}

/** Whether a change to `target` needs a written reason. */
export function needsReason(current: ProjectStatus, target: ProjectStatus): boolean {
  return target === "Lost" || target === "Withdrawn" || (isClosed(current) && target === "Active");
}

interface StatusDialogProps {
  project: Project;
  opened: boolean;
  onClose: () => void;
}

/** Puts a project on hold, closes it (with a reason, and for Lost why and to whom) or reopens it. */
export function StatusDialog({ project, opened, onClose }: StatusDialogProps) {
  const { t } = useTranslation();
  const title = isClosed(project.status) ? t("projects.status.reopenTitle") : t("projects.status.changeTitle");
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ "aria-label": t("common.close") }}>
      {opened && <StatusForm project={project} onClose={onClose} />}
    </Modal>
  );
}

function StatusForm({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const projectChanged = useProjectChanged(project.id);
  const countries = useCountries();
  const targets = allowedStatuses(project);
  const [version, setVersion] = useState(project.version);
  const [status, setStatus] = useState<ProjectStatus>(targets[0]!);
  const [reason, setReason] = useState("");
  const [lossReason, setLossReason] = useState<LossReason | "">("");
  const [lostTo, setLostTo] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: () =>
      changeProjectStatus(project.id, version, {
        status,
        reason: reason.trim() || null,
        ...(status === "Lost" && lossReason ? { lossReason } : {}),
        lostToCountryCode: status === "Lost" && lossReason === "Competitor" ? lostTo : null,
      }),
    onSuccess: (saved) => {
      projectChanged(saved);
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const error = save.error;
  const others = otherFieldErrors(error, ["status", "reason", "lossReason", "lostToCountryCode"]);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {isStale(error) ? (
          <StaleVersionAlert
            projectId={project.id}
            onLoaded={(current) => {
              projectChanged(current);
              setVersion(current.version);
              save.reset();
            }}
          />
        ) : isApiProblem(error) && error.status === 400 ? (
          others.length > 0 && (
            <Alert color="red" variant="light" role="alert">
              {others.join(" ")}
            </Alert>
          )
        ) : (
          error && <ProblemAlert error={error} title={t("projects.edit.saveFailed")} />
        )}
        <NativeSelect
          label={t("projects.status.newStatus")}
          value={status}
          data={targets.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          onChange={(e) => setStatus(e.currentTarget.value as ProjectStatus)}
          error={fieldError(error, "status")}
        />
        <Textarea
          label={t("projects.status.reason")}
          required={needsReason(project.status, status)}
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
            {isClosed(project.status) ? t("projects.status.reopen") : t("projects.status.apply")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
