import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiProblem } from "../../../api/problem";
import { ConflictDialog, rebase, type ConflictField, type Values } from "../../../components/ConflictDialog";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { otherFieldErrors } from "../../../components/forms/fieldError";

/** What an edit form gives to resolve a 412: its fields, what it loaded and what the user typed. */
export interface ConflictSource<V extends Values> {
  fields: readonly ConflictField[];
  base: V;
  mine: V;
  /** Fetches the record as it is now, as form values (the page then saves against its new version). */
  loadTheirs: () => Promise<V>;
  /** The user chose: `values` go into the form, `theirs` is the new base. */
  onResolved: (values: V, theirs: V) => void;
}

interface SaveProblemProps<V extends Values> {
  error: unknown;
  /** The JSON paths the form shows beside its fields; other field errors are listed here. */
  shownPaths: readonly string[];
  conflict?: ConflictSource<V>;
}

/**
 * Why a save failed, above the form: the broken rule (409), someone else's change (412, with the
 * dialog to reapply the user's edits on the current record), field errors no field shows (400), or any
 * other problem. What the user typed stays in the form.
 */
export function SaveProblem<V extends Values>({ error, shownPaths, conflict }: SaveProblemProps<V>) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  if (isApiProblem(error) && error.status === 412) {
    return conflict ? (
      <StaleRecord error={error} conflict={conflict} />
    ) : (
      <Alert color="orange" role="alert" title={t("catalogs.form.conflictTitle")} variant="light">
        <Text size="sm">{t("catalogs.form.conflictText")}</Text>
      </Alert>
    );
  }
  if (isApiProblem(error) && error.status === 409) {
    return (
      <Alert color="red" role="alert" title={t("catalogs.form.ruleBroken")} variant="light">
        <Text size="sm">{error.detail ?? error.title}</Text>
      </Alert>
    );
  }
  if (isApiProblem(error) && error.status === 400) {
    const others = otherFieldErrors(error, shownPaths);
    return (
      <Alert color="red" role="alert" title={t("catalogs.form.invalid")} variant="light">
        {others.length > 0 ? (
          <List size="sm">
            {others.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t("catalogs.form.checkFields")}</Text>
        )}
      </Alert>
    );
  }
  return <ProblemAlert error={error} title={t("catalogs.form.saveFailed")} />;
}

/** A 412: the dialog opens at once with the current record; closed, an alert keeps the way back to it. */
function StaleRecord<V extends Values>({ error, conflict }: { error: unknown; conflict: ConflictSource<V> }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(true);
  const [theirs, setTheirs] = useState<V>();
  const [loadError, setLoadError] = useState<unknown>();
  const { loadTheirs } = conflict;

  useEffect(() => {
    let current = true;
    setOpened(true);
    setTheirs(undefined);
    setLoadError(undefined);
    loadTheirs().then(
      (record) => current && setTheirs(record),
      (failure: unknown) => current && setLoadError(failure),
    );
    return () => {
      current = false;
    };
    // Once per failed save: a new 412 is a new error object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);

  const reapply = () => {
    if (theirs) {
      const { merged } = rebase(conflict.base, conflict.mine, theirs, conflict.fields.map((f) => f.path));
      conflict.onResolved(merged as V, theirs);
    }
  };
  const discard = () => {
    if (theirs) {
      conflict.onResolved(theirs, theirs);
    } else {
      setOpened(false);
    }
  };

  return (
    <>
      <Alert color="orange" role="alert" title={t("catalogs.form.conflictTitle")} variant="light">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t("catalogs.form.conflictText")}</Text>
          <Button size="xs" variant="outline" color="orange" onClick={() => setOpened(true)}>
            {t("catalogs.form.reviewConflict")}
          </Button>
        </Stack>
      </Alert>
      <ConflictDialog
        opened={opened}
        fields={conflict.fields}
        base={conflict.base}
        mine={conflict.mine}
        theirs={theirs}
        loadError={loadError}
        onReapply={reapply}
        onDiscard={discard}
        onClose={() => setOpened(false)}
      />
    </>
  );
}
