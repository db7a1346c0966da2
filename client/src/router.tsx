import { Navigate, type RouteObject } from "react-router";
import { AuthCallbackPage } from "./auth/AuthCallbackPage";
import { RequireAuth } from "./auth/RequireAuth";
import { AppLayout } from "./components/AppLayout";
import { ComingSoon } from "./components/ComingSoon";
import { NotFound } from "./components/NotFound";
import { RouteError } from "./components/RouteError";

export const routes: RouteObject[] = [
  { path: "/auth/callback", element: <AuthCallbackPage />, errorElement: <RouteError /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/projects" replace /> },
          {
            path: "projects",
            lazy: async () => ({ Component: (await import("./features/projects/routes/ProjectsPage")).ProjectsPage }),
          },
          { path: "board", element: <ComingSoon titleKey="nav.board" /> },
          { path: "catalogs", element: <ComingSoon titleKey="nav.catalogs" /> },
          { path: "dashboard", element: <ComingSoon titleKey="nav.dashboard" /> },
          { path: "admin", element: <ComingSoon titleKey="nav.administration" /> },
          { path: "*", element: <NotFound /> },
        ],
      },
    ],
  },
];
