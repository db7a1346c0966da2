import { Alert, Button, Group, List, Modal, NativeSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import { stages, type Stage } from "../../../api/enums";
import { isApiProblem } from "../../../api/problem";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { fieldError, otherFieldErrors } from "../../../components/forms/fieldError";
import { enumOptions, stageLabel } from "../../../i18n/enumLabels";
import { projectsQueryKey } from "../api/boardProjects";
import { useKoreanCompanies } from "../api/lookups";
import { getProject, useMoveProject, type MoveProjectRequest, type Project } from "../api/moveProject";

/** What the dialog needs to know about the project being moved (a board card or the detail page). */
export interface MovableProject {
  id: string;
  code: string;
  title: string;
  stage: Stage;
  version: number;
}

export interface MoveProjectDialogProps {
  project: MovableProject;
  /** The stage to move to; null keeps the dialog closed. */
  toStage: Stage | null;
  opened: boolean;
  onClose(): void;
  /** Called with the project as the API returns it after the move; the dialog has closed itself by then. */
  onMoved(project: Project): void;
}

/**
 * The gate form for moving a project to another stage: the target stage's gate data (forward), a
 * skip reason (when it skips a stage) or a reason (moving back). The project moves only when the API
 * accepts the move; a rejected move keeps everything typed and shows the API's reasons beside the fields.
 */
export function MoveProjectDialog({ project, toStage, opened, onClose, onMoved }: MoveProjectDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened && toStage !== null}
      onClose={onClose}
      size="lg"
      title={toStage ? t("board.move.title", { code: project.code, stage: stageLabel(t, toStage) }) : ""}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {toStage && (
        <GateForm
          key={`${project.id}:${toStage}`}
          project={project}
          toStage={toStage}
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

interface GateValues {
  reason: string;
  skipReason: string;
  consulting: { type: string; plannedRounds: number | string; costBearer: string; startOn: string };
  mou: { koreanSignatory: string; partnerSignatory: string; signedOn: string; scope: string; expiresOn: string };
  contract: {
    number: string;
    signedOn: string;
    value: number | string;
    currency: string;
    primeContractorId: string | null;
    startOn: string;
    endOn: string;
  };
  maintenance: { acceptedOn: string; supportEndsOn: string; annualValueUsd: number | string };
}

const emptyValues: GateValues = {
  reason: "",
  skipReason: "",
  consulting: { type: "", plannedRounds: "", costBearer: "", startOn: "" },
  mou: { koreanSignatory: "", partnerSignatory: "", signedOn: "", scope: "", expiresOn: "" },
  contract: { number: "", signedOn: "", value: "", currency: "USD", primeContractorId: null, startOn: "", endOn: "" },
  maintenance: { acceptedOn: "", supportEndsOn: "", annualValueUsd: "" },
};

/** The fields each form shows, by the JSON path the API names in its errors. */
const gatePaths: Record<Stage, string[]> = {
  Inquiry: [],
  Consulting: ["consulting", "consulting.type", "consulting.plannedRounds", "consulting.costBearer", "consulting.startOn"],
  Mou: ["mou", "mou.koreanSignatory", "mou.partnerSignatory", "mou.signedOn", "mou.scope", "mou.expiresOn"],
  Contract: [
    "contract",
    "contract.number",
    "contract.signedOn",
    "contract.value",
    "contract.currency",
    "contract.primeContractorId",
    "contract.startOn",
    "contract.endOn",
  ],
  Maintenance: ["maintenance", "maintenance.acceptedOn", "maintenance.supportEndsOn", "maintenance.annualValueUsd"],
};

/** A broken rule (409) that concerns one field is shown beside it. */
const ruleFields: Record<string, string> = {
  SkippingAStageRequiresAReason: "skipReason",
  MovingBackRequiresAReason: "reason",
  PrimeContractorMustBeConsortiumMember: "contract.primeContractorId",
  ContractMustBeCoveredByFunding: "contract.value",
};

const text = (value: string) => (value.trim() === "" ? null : value.trim());
const date = (value: string) => (value === "" ? null : value);
const amount = (value: number | string) => (typeof value === "number" ? value : value.trim() === "" ? null : Number(value));

/** The request for the move as typed; what is left empty is sent empty, so the API names what is missing. */
export function toMoveRequest(from: Stage, toStage: Stage, values: GateValues): MoveProjectRequest {
  const distance = stages.indexOf(toStage) - stages.indexOf(from);
  const request: MoveProjectRequest = { toStage };
  const reason = text(values.reason);
  if (reason) request.reason = reason;
  if (distance > 1) {
    const skipReason = text(values.skipReason);
    if (skipReason) request.skipReason = skipReason;
  }
  if (distance <= 0) {
    return request;
  }
  switch (toStage) {
    case "Consulting": {
      const v = values.consulting;
      request.consulting = {
        // An enum left unchosen is left out, so the API names it as missing.
        type: (v.type || undefined) as Schema<"ConsultingType">,
        plannedRounds: amount(v.plannedRounds),
        costBearer: (v.costBearer || undefined) as Schema<"CostBearer">,
        startOn: date(v.startOn),
      };
      break;
    }
    case "Mou": {
      const v = values.mou;
      request.mou = {
        koreanSignatory: text(v.koreanSignatory),
        partnerSignatory: text(v.partnerSignatory),
        signedOn: date(v.signedOn),
        scope: text(v.scope),
        expiresOn: date(v.expiresOn),
      };
      break;
    }
    case "Contract": {
      const v = values.contract;
      request.contract = {
        number: text(v.number),
        signedOn: date(v.signedOn),
        value: amount(v.value),
        currency: text(v.currency),
        primeContractorId: v.primeContractorId,
        startOn: date(v.startOn),
        endOn: date(v.endOn),
      };
      break;
    }
    case "Maintenance": {
      const v = values.maintenance;
      request.maintenance = {
        acceptedOn: date(v.acceptedOn),
        supportEndsOn: date(v.supportEndsOn),
        annualValueUsd: amount(v.annualValueUsd),
      };
      break;
    }
    case "Inquiry":
      break;
  }
  return request;
}

interface GateFormProps {
  project: MovableProject;
  toStage: Stage;
  onCancel(): void;
  onMoved(project: Project): void;
}

function GateForm({ project, toStage, onCancel, onMoved }: GateFormProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const move = useMoveProject();
  const [values, setValues] = useState<GateValues>(emptyValues);
  /** The version the API reported after a 412, so the retry is checked against it. */
  const [latestVersion, setLatestVersion] = useState<number>();
  const version = Math.max(project.version, latestVersion ?? 0);

  const distance = stages.indexOf(toStage) - stages.indexOf(project.stage);
  const forward = distance > 0;
  const skipped = stages.slice(stages.indexOf(project.stage) + 1, stages.indexOf(toStage));
  const companies = useKoreanCompanies(forward && toStage === "Contract");

  const error = move.error;
  const rule = isApiProblem(error) && error.status === 409 ? error : undefined;
  const ruleField = rule?.rule ? ruleFields[rule.rule] : undefined;
  const err = (path: string) => (ruleField === path ? rule?.detail ?? rule?.title : fieldError(error, path));
  const shownPaths = ["reason", "skipReason", "toStage", ...(forward ? gatePaths[toStage] : [])];
  const gateError = forward ? fieldError(error, toStage.toLowerCase()) : undefined;

  const set = <K extends "consulting" | "mou" | "contract" | "maintenance">(gate: K, change: Partial<GateValues[K]>) =>
    setValues((current) => ({ ...current, [gate]: { ...current[gate], ...change } }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    move.mutate(
      { id: project.id, version, body: toMoveRequest(project.stage, toStage, values) },
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

  const dateInput = (gate: "consulting" | "mou" | "contract" | "maintenance", field: string, label: string) => {
    const path = `${gate}.${field}`;
    return (
      <TextInput
        type="date"
        label={label}
        withAsterisk
        value={(values[gate] as Record<string, string>)[field] ?? ""}
        onChange={(e) => set(gate, { [field]: e.currentTarget.value } as Partial<GateValues[typeof gate]>)}
        error={err(path)}
      />
    );
  };

  const choose = { value: "", label: t("board.move.choose") };
  const companyName = (o: Schema<"Organization">) => (i18n.language === "ko" && o.nameKo ? o.nameKo : o.name);

  return (
    <form onSubmit={submit} noValidate aria-label={t("board.move.formLabel", { stage: stageLabel(t, toStage) })}>
      <Stack gap="sm">
        <Text size="sm">
          {t("board.move.summary", {
            code: project.code,
            title: project.title,
            from: stageLabel(t, project.stage),
            to: stageLabel(t, toStage),
          })}
        </Text>
        {distance < 0 && <Text size="sm">{t("board.move.backHint")}</Text>}
        {skipped.length > 0 && (
          <Text size="sm">{t("board.move.skipHint", { stages: skipped.map((s) => stageLabel(t, s)).join(", ") })}</Text>
        )}

        <MoveError error={error} shownPaths={shownPaths} ruleShownBesideField={ruleField !== undefined} />
        {gateError && (
          <Text c="red.8" size="sm" role="alert">
            {gateError}
          </Text>
        )}

        {forward && toStage === "Consulting" && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("board.gate.consulting.type")}
              withAsterisk
              data={[choose, ...enumOptions(t, "ConsultingType")]}
              value={values.consulting.type}
              onChange={(e) => set("consulting", { type: e.currentTarget.value })}
              error={err("consulting.type")}
            />
            <NumberInput
              label={t("board.gate.consulting.plannedRounds")}
              withAsterisk
              allowDecimal={false}
              allowNegative={false}
              value={values.consulting.plannedRounds}
              onChange={(plannedRounds) => set("consulting", { plannedRounds })}
              error={err("consulting.plannedRounds")}
            />
            <NativeSelect
              label={t("board.gate.consulting.costBearer")}
              withAsterisk
              data={[choose, ...enumOptions(t, "CostBearer")]}
              value={values.consulting.costBearer}
              onChange={(e) => set("consulting", { costBearer: e.currentTarget.value })}
              error={err("consulting.costBearer")}
            />
            {dateInput("consulting", "startOn", t("board.gate.consulting.startOn"))}
          </SimpleGrid>
        )}

        {forward && toStage === "Mou" && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("board.gate.mou.koreanSignatory")}
              withAsterisk
              maxLength={200}
              value={values.mou.koreanSignatory}
              onChange={(e) => set("mou", { koreanSignatory: e.currentTarget.value })}
              error={err("mou.koreanSignatory")}
            />
            <TextInput
              label={t("board.gate.mou.partnerSignatory")}
              withAsterisk
              maxLength={200}
              value={values.mou.partnerSignatory}
              onChange={(e) => set("mou", { partnerSignatory: e.currentTarget.value })}
              error={err("mou.partnerSignatory")}
            />
            {dateInput("mou", "signedOn", t("board.gate.mou.signedOn"))}
            {dateInput("mou", "expiresOn", t("board.gate.mou.expiresOn"))}
            <Textarea
              label={t("board.gate.mou.scope")}
              withAsterisk
              rows={2}
              maxLength={2000}
              value={values.mou.scope}
              onChange={(e) => set("mou", { scope: e.currentTarget.value })}
              error={err("mou.scope")}
              style={{ gridColumn: "1 / -1" }}
            />
          </SimpleGrid>
        )}

        {forward && toStage === "Contract" && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("board.gate.contract.number")}
              withAsterisk
              maxLength={100}
              value={values.contract.number}
              onChange={(e) => set("contract", { number: e.currentTarget.value })}
              error={err("contract.number")}
            />
            {dateInput("contract", "signedOn", t("board.gate.contract.signedOn"))}
            <NumberInput
              label={t("board.gate.contract.value")}
              withAsterisk
              allowNegative={false}
              thousandSeparator=","
              value={values.contract.value}
              onChange={(value) => set("contract", { value })}
              error={err("contract.value")}
            />
            <NativeSelect
              label={t("board.gate.contract.currency")}
              withAsterisk
              data={["USD", "KRW"]}
              value={values.contract.currency}
              onChange={(e) => set("contract", { currency: e.currentTarget.value })}
              error={err("contract.currency")}
            />
            <Select
              label={t("board.gate.contract.primeContractorId")}
              withAsterisk
              searchable
              clearable
              nothingFoundMessage={t("board.filters.nothingFound")}
              data={(companies.data ?? []).map((o) => ({ value: o.id, label: companyName(o) }))}
              value={values.contract.primeContractorId}
              onChange={(primeContractorId) => set("contract", { primeContractorId })}
              error={err("contract.primeContractorId") ?? (companies.isError ? t("board.move.companiesFailed") : undefined)}
              style={{ gridColumn: "1 / -1" }}
            />
            {dateInput("contract", "startOn", t("board.gate.contract.startOn"))}
            {dateInput("contract", "endOn", t("board.gate.contract.endOn"))}
          </SimpleGrid>
        )}

        {forward && toStage === "Maintenance" && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {dateInput("maintenance", "acceptedOn", t("board.gate.maintenance.acceptedOn"))}
            {dateInput("maintenance", "supportEndsOn", t("board.gate.maintenance.supportEndsOn"))}
            <NumberInput
              label={t("board.gate.maintenance.annualValueUsd")}
              withAsterisk
              allowNegative={false}
              thousandSeparator=","
              value={values.maintenance.annualValueUsd}
              onChange={(annualValueUsd) => set("maintenance", { annualValueUsd })}
              error={err("maintenance.annualValueUsd")}
            />
          </SimpleGrid>
        )}

        {skipped.length > 0 && (
          <Textarea
            label={t("board.move.skipReason")}
            withAsterisk
            rows={2}
            maxLength={1000}
            value={values.skipReason}
            onChange={(e) => {
              const skipReason = e.currentTarget.value;
              setValues((current) => ({ ...current, skipReason }));
            }}
            error={err("skipReason")}
          />
        )}
        <Textarea
          label={distance < 0 ? t("board.move.reason") : t("board.move.reasonOptional")}
          withAsterisk={distance < 0}
          rows={2}
          maxLength={1000}
          value={values.reason}
          onChange={(e) => {
              const reason = e.currentTarget.value;
              setValues((current) => ({ ...current, reason }));
            }}
          error={err("reason")}
        />

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={move.isPending}>
            {t("board.move.submit", { stage: stageLabel(t, toStage) })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface MoveErrorProps {
  error: unknown;
  shownPaths: readonly string[];
  ruleShownBesideField: boolean;
}

/** Why the API refused the move, above the form (field errors are beside their fields). */
function MoveError({ error, shownPaths, ruleShownBesideField }: MoveErrorProps) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  if (!isApiProblem(error)) {
    return <ProblemAlert error={error} title={t("board.move.failed")} />;
  }
  switch (error.status) {
    case 400: {
      const others = otherFieldErrors(error, shownPaths);
      return (
        <Alert color="red" variant="light" role="alert" title={t("board.move.invalid")}>
          {others.length > 0 && (
            <List size="sm">
              {others.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      );
    }
    case 409:
      return (
        <Alert color="red" variant="light" role="alert" title={t("board.move.notAllowed")}>
          {!ruleShownBesideField && <Text size="sm">{error.detail ?? error.title}</Text>}
        </Alert>
      );
    case 412:
      return (
        <Alert color="yellow" variant="light" role="alert" title={t("board.move.stale")}>
          <Text size="sm">{t("board.move.staleDetail")}</Text>
        </Alert>
      );
    case 403:
      return (
        <Alert color="red" variant="light" role="alert" title={t("board.move.forbidden")}>
          {error.detail && <Text size="sm">{error.detail}</Text>}
        </Alert>
      );
    default:
      return <ProblemAlert error={error} title={t("board.move.failed")} />;
  }
}
