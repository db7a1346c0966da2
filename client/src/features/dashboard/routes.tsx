import type { RouteObject } from "react-router";

/** The dashboard's page, under /dashboard. */
export const dashboardRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import("./routes/DashboardPage")).DashboardPage }) },
];
