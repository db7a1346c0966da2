import { createTheme, type CSSVariablesResolver } from "@mantine/core";

/** Mantine's default blue filled button is 4.19:1 against white; shade 8 passes WCAG AA. */
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 8, dark: 6 },
  focusRing: "always",
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif",
});

/**
 * Mantine's "dimmed" text (gray 6, #868e96) is 3.3:1 against white and fails WCAG AA (axe: color-contrast);
 * gray 7 (#495057) is 8:1. Every secondary text in the app uses the dimmed color, so it is fixed here once.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)" },
  dark: {},
});
