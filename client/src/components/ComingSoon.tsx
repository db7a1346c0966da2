import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

export type SectionTitleKey = "board.title" | "catalogs.title" | "dashboard.title" | "admin.title";

/** A section that is not built yet. */
export function ComingSoon({ titleKey }: { titleKey: SectionTitleKey }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t(titleKey)}</Title>
      <Text>{t("app.comingSoon")}</Text>
    </Stack>
  );
}
