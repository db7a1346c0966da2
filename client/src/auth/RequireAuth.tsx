import { Button, Container, Stack } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation } from "react-router";
import { LoadingState } from "../components/LoadingState";
import { ProblemAlert } from "../components/ProblemAlert";
import { beginSignInOnce } from "./signIn";
import { useSignedIn } from "./useSession";

/** Renders its routes for a signed-in user; anyone else is sent to the authorization endpoint. */
export function RequireAuth() {
  const signedIn = useSignedIn();
  const { pathname, search } = useLocation();
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!signedIn) {
      beginSignInOnce(pathname + search).catch(setError);
    }
    // Only a change of session (or a retry) starts a sign-in, not navigation.
  }, [signedIn, attempt]);

  if (signedIn) {
    return <Outlet />;
  }
  if (error) {
    return (
      <Container py="xl">
        <Stack>
          <ProblemAlert error={error} title={t("auth.signInFailed")} />
          <Button
            onClick={() => {
              setError(null);
              setAttempt((n) => n + 1);
            }}
          >
            {t("auth.tryAgain")}
          </Button>
        </Stack>
      </Container>
    );
  }
  return <LoadingState label={t("auth.redirecting")} />;
}
