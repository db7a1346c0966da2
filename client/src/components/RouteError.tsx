import { Container } from "@mantine/core";
import { useRouteError } from "react-router";
import { ProblemAlert } from "./ProblemAlert";

/** What a route shows when rendering or loading it threw. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Container py="xl">
      <ProblemAlert error={error} onRetry={() => window.location.reload()} />
    </Container>
  );
}
