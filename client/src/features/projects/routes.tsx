import type { RouteObject } from "react-router";

/** The projects section's pages, under /projects. */
export const projectsRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import("./routes/ProjectsPage")).ProjectsPage }) },
  { path: "new", lazy: async () => ({ Component: (await import("./routes/NewProjectPage")).NewProjectPage }) },
  { path: ":id", lazy: async () => ({ Component: (await import("./routes/ProjectDetailPage")).ProjectDetailPage }) },
];
