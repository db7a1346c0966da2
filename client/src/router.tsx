import { Navigate, type RouteObject } from "react-router";
import { AuthCallbackPage } from "./auth/AuthCallbackPage";
import { RequireAuth } from "./auth/RequireAuth";
import { AppLayout } from "./components/AppLayout";
import { NotFound } from "./components/NotFound";
import { RouteError } from "./components/RouteError";
import { adminRoutes } from "./features/admin/routes";
import { boardRoutes } from "./features/board/routes";
import { catalogsRoutes } from "./features/catalogs/routes";
import { dashboardRoutes } from "./features/dashboard/routes";
import { projectsRoutes } from "./features/projects/routes";

/** Each section keeps its own pages in features/<section>/routes.tsx. */
export const routes: RouteObject[] = [
  { path: "/auth/callback", element: <AuthCallbackPage />, errorElement: <RouteError /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/board" replace /> },
          { path: "board", children: boardRoutes },
          { path: "projects", children: projectsRoutes },
          { path: "catalogs", children: catalogsRoutes },
          { path: "dashboard", children: dashboardRoutes },
          { path: "admin", children: adminRoutes },
          { path: "*", element: <NotFound /> },
        ],
      },
    ],
  },
];
