import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en, ko } from "./resources";

export const languages = ["en", "ko"] as const;
export type Language = (typeof languages)[number];
export const languageStorageKey = "egovexport.language";

export const resources = {
  en: { translation: en },
  ko: { translation: ko },
} as const;

function isLanguage(value: string | null | undefined): value is Language {
  return languages.includes(value as Language);
}

/** The remembered choice, else the browser's preferred language, else English. */
export function initialLanguage(): Language {
  const stored = safeStorage()?.getItem(languageStorageKey);
  if (isLanguage(stored)) {
    return stored;
  }
  const preferred = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split("-")[0];
    if (isLanguage(base)) {
      return base;
    }
  }
  return "en";
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Switches the language now and remembers it for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
}

i18n.on("languageChanged", (language) => {
  if (isLanguage(language)) {
    safeStorage()?.setItem(languageStorageKey, language);
    if (typeof document !== "undefined") {
      document.documentElement.lang = language;
    }
  }
});

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: "en",
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "en";
}

export default i18n;
