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
 * Colors below WCAG AA against white (axe: color-contrast), fixed here once for every page:
 * - "dimmed" text (gray 6, #868e96, 3.3:1) becomes gray 7 (#495057, 8:1);
 * - error text and the light/outline variants of red, orange and yellow (shade 6, for alerts, badges and
 *   field errors) take darker shades;
 * - the hover background of light and subtle blue buttons (blue 2, where blue 9 text is 4.0:1) becomes
 *   blue 1 (5:1), so a link-like button under the pointer stays readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-red-light-color": "var(--mantine-color-red-9)",
    "--mantine-color-red-outline": "var(--mantine-color-red-9)",
    "--mantine-color-orange-light-color": "#a33b07",
    "--mantine-color-orange-outline": "#a33b07",
    "--mantine-color-yellow-light-color": "#6b4100",
    "--mantine-color-blue-light-hover": "var(--mantine-color-blue-1)",
  },
  dark: {},
});
