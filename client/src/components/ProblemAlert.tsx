import { Alert, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiProblem } from "../api/problem";

interface ProblemAlertProps {
  error: unknown;
  /** The heading when the error carries no title of its own. */
  title?: string;
  onRetry?: () => void;
}

/** Shows a failed request: the problem's title and detail, and a retry button when one is given. */
export function ProblemAlert({ error, title, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const heading = title ?? t("errors.title");
  const detail = isApiProblem(error)
    ? [error.title, error.detail].filter(Boolean).join(": ")
    : error instanceof Error
      ? error.message
      : undefined;
  return (
    <Alert color="red" title={heading} role="alert" variant="light">
      <Stack gap="xs" align="flex-start">
        {detail && <Text size="sm">{detail}</Text>}
        {onRetry && (
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            {t("errors.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
