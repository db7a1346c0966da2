import { Center, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A spinner that screen readers announce. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center role="status" aria-live="polite" py="xl" style={{ gap: "0.75rem" }}>
      <Loader size="sm" aria-hidden />
      <Text size="sm">{label ?? t("app.loading")}</Text>
    </Center>
  );
}
