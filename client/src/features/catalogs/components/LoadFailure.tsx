import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { isApiProblem } from "../../../api/problem";
import { ProblemAlert } from "../../../components/ProblemAlert";

interface LoadFailureProps {
  error: unknown;
  /** What the page says when the record does not exist (404). */
  notFound: string;
  /** The heading of any other failure. */
  failed: string;
  backTo: string;
  backLabel: string;
  onRetry: () => void;
}

/** A record that could not be shown: "not found" with a way back, or the problem with a retry. */
export function LoadFailure({ error, notFound, failed, backTo, backLabel, onRetry }: LoadFailureProps) {
  if (isApiProblem(error) && error.status === 404) {
    return (
      <Stack gap="sm" role="alert">
        <Text fw={600}>{notFound}</Text>
        <Anchor component={Link} to={backTo}>
          {backLabel}
        </Anchor>
      </Stack>
    );
  }
  return <ProblemAlert error={error} title={failed} onRetry={onRetry} />;
}

/** An empty list's message. */
export function EmptyState({ children }: { children: string }) {
  return <Text py="lg">{children}</Text>;
}
