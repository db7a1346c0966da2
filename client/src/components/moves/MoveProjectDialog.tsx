import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Stage } from "../../api/enums";
import { isApiProblem } from "../../api/problem";
import { projectsQueryKey } from "../../api/queryKeys";
import { stageLabel } from "../../i18n/enumLabels";
import { fieldError } from "../forms/fieldError";
import { getProject, useMoveProject, type MoveOption, type Project } from "./api";
import { ConsultingFields } from "./gates/ConsultingFields";
import { ContractFields } from "./gates/ContractFields";
import { MaintenanceFields } from "./gates/MaintenanceFields";
import { MouFields } from "./gates/MouFields";
import { ReasonFields } from "./gates/ReasonFields";
import { MoveError } from "./MoveError";
import { emptyGateValues, gateOf, gatePaths, toMoveRequest, type Gate, type GateValues } from "./moveRequest";

/** What the dialog needs to know about the project being moved (a board card or the project page). */
export interface MovableProject {
  id: string;
  code: string;
  title: string;
  stage: Stage;
  version: number;
}

export interface MoveProjectDialogProps {
  project: MovableProject;
  /** The move, one of the project's `moveOptions` from the API; null keeps the dialog closed. */
  option: MoveOption | null;
  opened: boolean;
  onClose(): void;
  /** Called with the project as the API returns it after the move; the dialog has closed itself by then. */
  onMoved(project: Project): void;
}

/**
 * The form for moving a project to another stage: what the API's move option says the move needs —
 * the target stage's gate data, a skip reason, a reason. The project moves only when the API accepts
 * the move; a rejected move keeps everything typed and shows the API's reasons beside the fields.
 */
export function MoveProjectDialog({ project, option, opened, onClose, onMoved }: MoveProjectDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened && option !== null}
      onClose={onClose}
      size="lg"
      title={option ? t("moves.title", { code: project.code, stage: stageLabel(t, option.toStage) }) : ""}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {option && (
        <MoveForm
          key={`${project.id}:${option.toStage}`}
          project={project}
          option={option}
          onCancel={onClose}
          onMoved={(moved) => {
            onClose();
            onMoved(moved);
          }}
        />
      )}
    </Modal>
  );
}

/** A broken rule (409) that concerns one field is shown beside it. */
const ruleFields: Record<string, string> = {
  SkippingAStageRequiresAReason: "skipReason",
  MovingBackRequiresAReason: "reason",
  PrimeContractorMustBeConsortiumMember: "contract.primeContractorId",
  ContractMustBeCoveredByFunding: "contract.value",
};

interface MoveFormProps {
  project: MovableProject;
  option: MoveOption;
  onCancel(): void;
  onMoved(project: Project): void;
}

function MoveForm({ project, option, onCancel, onMoved }: MoveFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const move = useMoveProject();
  const [values, setValues] = useState<GateValues>(emptyGateValues);
  /** The version the API reported after a 412, so the retry is checked against it. */
  const [latestVersion, setLatestVersion] = useState<number>();
  const version = Math.max(project.version, latestVersion ?? 0);
  const gate = gateOf(option);
  const toStage = stageLabel(t, option.toStage);

  const error = move.error;
  const rule = isApiProblem(error) && error.status === 409 ? error : undefined;
  const ruleField = rule?.rule ? ruleFields[rule.rule] : undefined;
  const err = (path: string) => (ruleField === path ? rule?.detail ?? rule?.title : fieldError(error, path));
  const shownPaths = ["reason", "skipReason", "toStage", ...(gate ? gatePaths[gate] : [])];
  const gateError = gate ? fieldError(error, gate) : undefined;

  const setGate = <G extends Gate>(name: G) => (change: Partial<GateValues[G]>) =>
    setValues((current) => ({ ...current, [name]: { ...current[name], ...change } }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    move.mutate(
      { id: project.id, version, body: toMoveRequest(option, values) },
      {
        onSuccess: onMoved,
        onError: (failure) => {
          if (isApiProblem(failure) && failure.status === 412) {
            if (failure.currentVersion !== undefined) {
              setLatestVersion(failure.currentVersion);
            } else {
              // No version in the answer: read the project's current one.
              getProject(project.id).then(
                (current) => setLatestVersion(current.version),
                () => undefined,
              );
            }
            void queryClient.invalidateQueries({ queryKey: projectsQueryKey });
          }
        },
      },
    );
  };

  const gateProps = <G extends Gate>(name: G) => ({ values: values[name], onChange: setGate(name), error: err });

  return (
    <form onSubmit={submit} noValidate aria-label={t("moves.formLabel", { stage: toStage })}>
      <Stack gap="sm">
        <Text size="sm">
          {t("moves.summary", { code: project.code, title: project.title, from: stageLabel(t, project.stage), to: toStage })}
        </Text>
        {option.reasonRequired && <Text size="sm">{t("moves.backHint")}</Text>}
        {option.skipReasonRequired && (
          <Text size="sm">{t("moves.skipHint", { stages: option.skippedStages.map((s) => stageLabel(t, s)).join(", ") })}</Text>
        )}

        <MoveError error={error} shownPaths={shownPaths} ruleShownBesideField={ruleField !== undefined} />
        {gateError && (
          <Text c="red.8" size="sm" role="alert">
            {gateError}
          </Text>
        )}

        {gate === "consulting" && <ConsultingFields {...gateProps("consulting")} />}
        {gate === "mou" && <MouFields {...gateProps("mou")} />}
        {gate === "contract" && <ContractFields {...gateProps("contract")} />}
        {gate === "maintenance" && <MaintenanceFields {...gateProps("maintenance")} />}

        <ReasonFields
          option={option}
          reason={values.reason}
          skipReason={values.skipReason}
          onChange={(change) => setValues((current) => ({ ...current, ...change }))}
          error={err}
        />

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={move.isPending}>
            {t("moves.submit", { stage: toStage })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
