import { Alert, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiProblem } from "../../api/problem";
import { ProblemAlert } from "../ProblemAlert";
import { otherFieldErrors } from "../forms/fieldError";

interface MoveErrorProps {
  error: unknown;
  shownPaths: readonly string[];
  ruleShownBesideField: boolean;
}

/** Why the API refused the move, above the form (field errors are beside their fields). */
export function MoveError({ error, shownPaths, ruleShownBesideField }: MoveErrorProps) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  if (!isApiProblem(error)) {
    return <ProblemAlert error={error} title={t("moves.failed")} />;
  }
  switch (error.status) {
    case 400: {
      const others = otherFieldErrors(error, shownPaths);
      return (
        <Alert color="red" variant="light" role="alert" title={t("moves.invalid")}>
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
        <Alert color="red" variant="light" role="alert" title={t("moves.notAllowed")}>
          {!ruleShownBesideField && <Text size="sm">{error.detail ?? error.title}</Text>}
        </Alert>
      );
    case 412:
      return (
        <Alert color="yellow" variant="light" role="alert" title={t("moves.stale")}>
          <Text size="sm">{t("moves.staleDetail")}</Text>
        </Alert>
      );
    case 403:
      return (
        <Alert color="red" variant="light" role="alert" title={t("moves.forbidden")}>
          {error.detail && <Text size="sm">{error.detail}</Text>}
        </Alert>
      );
    default:
      return <ProblemAlert error={error} title={t("moves.failed")} />;
  }
}
