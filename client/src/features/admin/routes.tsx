import { Navigate, type RouteObject } from "react-router";
import { AdminLayout } from "./routes/AdminLayout";

/** The admin section's pages, under /admin: users, API clients and the audit trail. */
export const adminRoutes: RouteObject[] = [
  {
    element: <AdminLayout />,
    children: [
      { index: true, element: <Navigate to="users" replace /> },
      { path: "users", lazy: async () => ({ Component: (await import("./routes/UsersPage")).UsersPage }) },
      { path: "api-clients", lazy: async () => ({ Component: (await import("./routes/ApiClientsPage")).ApiClientsPage }) },
      { path: "audit", lazy: async () => ({ Component: (await import("./routes/AuditPage")).AuditPage }) },
    ],
  },
];
