import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/** Everything the API serves itself: the SPA's dev server forwards it to the API on :5080. */
const apiTarget = "http://localhost:5080";
const proxied = ["/api", "/connect", "/account", "/.well-known", "/swagger", "/health", "/auth/spa-config"];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((prefix) => [prefix, { target: apiTarget, changeOrigin: false }])),
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Mantine and React form one ~170 KB gzip entry chunk; routes are split off with lazy().
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
