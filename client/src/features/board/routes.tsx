import type { RouteObject } from "react-router";

/** The board section's pages, under /board (the app's start page). */
export const boardRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import("./routes/BoardPage")).BoardPage }) },
];
