import { useTranslation } from "react-i18next";
import type { Language } from "./index";

const locales: Record<Language, string> = { en: "en-US", ko: "ko-KR" };

export type Currency = "KRW" | "USD";

export function localeOf(language: string): string {
  return locales[(language in locales ? language : "en") as Language];
}

export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeOf(language), options).format(value);
}

/** Money in its own currency: KRW has no minor unit, USD shows cents only when there are any. */
export function formatMoney(value: number, currency: Currency, language: string): string {
  const fractionDigits = currency === "KRW" || Number.isInteger(value) ? 0 : 2;
  return new Intl.NumberFormat(localeOf(language), {
    style: "currency",
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Large money for chart axes and headline figures: "$12.5M" in English, "US$1250만" in Korean. */
export function formatMoneyCompact(value: number, currency: Currency, language: string): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: "currency",
    currency,
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A percentage given as 0–100: "42.5%". */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: "percent", maximumFractionDigits: 1 }).format(value / 100);
}

/**
 * A date-only value ("2026-05-01") or a timestamp. Date-only values are calendar days, so they are
 * formatted in UTC to avoid shifting a day in time zones west of Greenwich.
 */
export function formatDate(value: string | Date, language: string, options?: Intl.DateTimeFormatOptions): string {
  const dateOnly = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = typeof value === "string" ? new Date(dateOnly ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) {
    return String(value);
  }
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    ...(dateOnly ? { timeZone: "UTC" } : {}),
    ...options,
  }).format(date);
}

/** A country's name in the current language from its ISO 3166-1 alpha-2 code. */
export function formatCountry(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The formatters bound to the language being shown. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    language,
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, language, options),
    money: (value: number, currency: Currency) => formatMoney(value, currency, language),
    moneyCompact: (value: number, currency: Currency) => formatMoneyCompact(value, currency, language),
    percent: (value: number) => formatPercent(value, language),
    date: (value: string | Date, options?: Intl.DateTimeFormatOptions) => formatDate(value, language, options),
    country: (code: string) => formatCountry(code, language),
  };
}
