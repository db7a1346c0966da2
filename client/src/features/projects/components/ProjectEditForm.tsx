import { Alert, Button, Group, NumberInput, Stack } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isApiProblem } from "../../../api/problem";
import { ConflictDialog, rebase, type ConflictField } from "../../../components/ConflictDialog";
import { fieldError, otherFieldErrors } from "../../../components/forms/fieldError";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { useFormat } from "../../../i18n/format";
import { getProject, projectQueryKey, type Project } from "../api/getProject";
import { useProjects } from "../api/listProjects";
import { nameLookup, useOrganizations, useSolutions } from "../api/referenceData";
import { updateProject } from "../api/updateProject";
import { editPaths, editValuesOf, numberOrNull, toUpdateRequest, type EditValues } from "../projectForm";
import { ProjectFields, projectFieldPaths } from "./ProjectFields";
import { useProjectChanged } from "./useProjectChanged";

interface ProjectEditFormProps {
  project: Project;
  onDone: () => void;
}

interface ConflictState {
  theirs?: Project;
  error?: unknown;
}

/**
 * Edits a project's fields against the version the user loaded. A 400 shows beside the fields and keeps
 * the input; a 412 opens the conflict dialog with the current record, where the user chooses to reapply
 * their changes on it (then reviews and saves again) or to discard them.
 */
export function ProjectEditForm({ project, onDone }: ProjectEditFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const projectChanged = useProjectChanged(project.id);
  const [base, setBase] = useState<EditValues>(() => editValuesOf(project));
  const [values, setValues] = useState<EditValues>(base);
  const [version, setVersion] = useState(project.version);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [reapplied, setReapplied] = useState(false);
  const fields = useConflictFields();

  const save = useMutation({
    mutationFn: () => updateProject(project.id, version, toUpdateRequest(values)),
    onSuccess: (saved) => {
      projectChanged(saved);
      onDone();
    },
    onError: (error) => {
      if (isApiProblem(error) && error.status === 412) {
        setConflict({});
        getProject(project.id).then(
          (theirs) => setConflict({ theirs }),
          (loadError: unknown) => setConflict({ error: loadError }),
        );
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  const reapply = () => {
    const theirs = conflict?.theirs;
    if (!theirs) return;
    const theirValues = editValuesOf(theirs);
    setValues(rebase({ ...base }, { ...values }, { ...theirValues }, editPaths).merged as unknown as EditValues);
    setBase(theirValues);
    setVersion(theirs.version);
    queryClient.setQueryData(projectQueryKey(project.id), theirs);
    setConflict(null);
    setReapplied(true);
    save.reset();
  };

  const discard = () => {
    if (conflict?.theirs) {
      projectChanged(conflict.theirs);
    }
    setConflict(null);
    onDone();
  };

  const error = save.error;
  const isConflict = isApiProblem(error) && error.status === 412;
  const shown = [...projectFieldPaths, "probability"];
  const others = otherFieldErrors(error, shown);

  return (
    <form onSubmit={submit} aria-label={t("projects.edit.formLabel")} noValidate>
      <Stack gap="md">
        {reapplied && !error && (
          <Alert color="blue" variant="light" role="status">
            {t("projects.edit.reapplied")}
          </Alert>
        )}
        {error && !isConflict && (isApiProblem(error) && error.status === 400 ? (
          <Alert color="red" variant="light" role="alert" title={t("projects.edit.saveFailed")}>
            {others.length > 0 ? others.join(" ") : t("projects.edit.fixFields")}
          </Alert>
        ) : (
          <ProblemAlert error={error} title={t("projects.edit.saveFailed")} />
        ))}
        <ProjectFields values={values} onChange={(change) => setValues((v) => ({ ...v, ...change }))} error={error} projectId={project.id} />
        <NumberInput
          label={t("projects.fields.probability")}
          min={0}
          max={100}
          suffix="%"
          w={200}
          value={values.probability}
          onChange={(probability) => setValues((v) => ({ ...v, probability }))}
          error={fieldError(error, "probability")}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog
        opened={conflict !== null}
        fields={fields}
        base={{ ...base }}
        mine={{ ...values }}
        theirs={conflict?.theirs ? { ...editValuesOf(conflict.theirs) } : undefined}
        loadError={conflict?.error}
        onReapply={reapply}
        onDiscard={discard}
        onClose={() => setConflict(null)}
      />
    </form>
  );
}

/** The edit form's fields as the conflict dialog names and shows them. */
function useConflictFields(): ConflictField[] {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const organizations = useOrganizations();
  const solutions = useSolutions();
  const projects = useProjects({ page: 1, pageSize: 100, sort: "code" });
  const orgName = nameLookup(organizations.data, language);
  const solutionName = nameLookup(solutions.data, language);
  const text = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));
  const money = (v: unknown) => {
    const n = numberOrNull(typeof v === "number" || typeof v === "string" ? v : "");
    return n === null ? "—" : format.money(n, "USD");
  };
  const list = (name: (id: string) => string) => (v: unknown) =>
    Array.isArray(v) && v.length > 0 ? v.map((x) => name(String(x))).join(", ") : "—";
  return [
    { path: "title", label: t("projects.fields.title"), format: text },
    { path: "countryCode", label: t("projects.fields.country"), format: (v) => (typeof v === "string" && v ? format.country(v) : "—") },
    { path: "leadAgencyId", label: t("projects.fields.leadAgency"), format: (v) => orgName(typeof v === "string" ? v : null) },
    { path: "solutionIds", label: t("projects.fields.solutions"), format: list(solutionName) },
    { path: "estimatedValueUsd", label: t("projects.fields.estimatedValueUsd"), format: money },
    { path: "originalAmount", label: t("projects.fields.originalAmount"), format: text },
    { path: "originalCurrency", label: t("projects.fields.originalCurrency"), format: text },
    { path: "expectedDecisionOn", label: t("projects.fields.expectedDecisionOn"), format: (v) => (typeof v === "string" && v ? format.date(v) : "—") },
    { path: "probability", label: t("projects.fields.probability"), format: (v) => (v === "" || v === null || v === undefined ? "—" : `${String(v)}%`) },
    { path: "tags", label: t("projects.fields.tags"), format: list((x) => x) },
    {
      path: "followsProjectId",
      label: t("projects.fields.followsProject"),
      format: (v) => {
        const found = projects.data?.items.find((p) => p.id === v);
        return found ? found.code : text(v);
      },
    },
  ];
}
