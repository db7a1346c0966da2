import { Anchor, Container, Stack } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { LoadingState } from "../components/LoadingState";
import { ProblemAlert } from "../components/ProblemAlert";
import { completeSignInOnce } from "./signIn";

/** /auth/callback: the server sends the user back here with the authorization code. */
export function AuthCallbackPage() {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let active = true;
    completeSignInOnce(window.location.href).then(
      (returnTo) => active && navigate(returnTo, { replace: true }),
      (failure: unknown) => active && setError(failure),
    );
    return () => {
      active = false;
    };
  }, [navigate]);

  if (error) {
    return (
      <Container py="xl">
        <Stack>
          <ProblemAlert error={error} title={t("auth.signInFailed")} />
          <Anchor href="/">{t("auth.tryAgain")}</Anchor>
        </Stack>
      </Container>
    );
  }
  return <LoadingState label={t("auth.signingIn")} />;
}
