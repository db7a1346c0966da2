import { defineConfig } from "@playwright/test";

// End-to-end tests against the real API (started by scripts/test.sh on SQLite, which sets E2E_BASE_URL),
// driving Debian's Chromium: never a downloaded browser.
export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["junit", { outputFile: process.env.E2E_JUNIT_FILE ?? "test-results/e2e.xml" }]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results/playwright",
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://localhost:5080",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] },
    viewport: { width: 1280, height: 800 },
    locale: "en-US",
    trace: "off",
  },
});
