import { Alert } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isApiProblem } from "../../../api/problem";
import { otherFieldErrors } from "../../../components/forms/fieldError";
import { ProblemAlert } from "../../../components/ProblemAlert";
import type { Project } from "../api/getProject";
import { isStale, StaleVersionAlert } from "./staleVersion";
import { useProjectChanged } from "./useProjectChanged";

/**
 * The save of a smaller editor (consortium, funding, status): sent against the version it started
 * from (If-Match); saved, the detail shows the result and `onDone` closes the editor.
 */
export function useEditorSave(project: Project, send: (version: number) => Promise<Project>, onDone: () => void) {
  const projectChanged = useProjectChanged(project.id);
  const [version, setVersion] = useState(project.version);
  const save = useMutation({
    mutationFn: () => send(version),
    onSuccess: (saved) => {
      projectChanged(saved);
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  /** After a 412: the current project is loaded; the next save goes against its version, with what the user typed. */
  const reloaded = (current: Project) => {
    projectChanged(current);
    setVersion(current.version);
    save.reset();
  };
  return { save, submit, error: save.error, reloaded };
}

interface EditorSaveProblemProps {
  projectId: string;
  error: unknown;
  /** The JSON paths the editor shows beside its fields; other field errors are listed here. */
  shownPaths: readonly string[];
  onReloaded: (current: Project) => void;
  /** The title of the alert that lists field errors no field shows. */
  invalidTitle?: string;
}

/** Why an editor's save failed: someone else's change (412), field errors no field shows (400), or any other problem. */
export function EditorSaveProblem({ projectId, error, shownPaths, onReloaded, invalidTitle }: EditorSaveProblemProps) {
  const { t } = useTranslation();
  if (isStale(error)) {
    return <StaleVersionAlert projectId={projectId} onLoaded={onReloaded} />;
  }
  if (isApiProblem(error) && error.status === 400) {
    const others = otherFieldErrors(error, shownPaths);
    return others.length > 0 ? (
      <Alert color="red" variant="light" role="alert" title={invalidTitle}>
        {others.join(" ")}
      </Alert>
    ) : null;
  }
  return error ? <ProblemAlert error={error} title={t("projects.edit.saveFailed")} /> : null;
}
