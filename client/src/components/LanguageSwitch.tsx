import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { changeLanguage, languages, type Language } from "../i18n";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const names: Record<Language, string> = { en: t("language.en"), ko: t("language.ko") };
  return (
    <NativeSelect
      aria-label={t("language.label")}
      size="xs"
      value={i18n.resolvedLanguage}
      onChange={(event) => void changeLanguage(event.currentTarget.value as Language)}
      data={languages.map((language) => ({ value: language, label: names[language] }))}
    />
  );
}
