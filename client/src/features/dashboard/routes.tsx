import type { RouteObject } from "react-router";
import { ComingSoon } from "../../components/ComingSoon";

/** The dashboard section's pages, under /dashboard. */
export const dashboardRoutes: RouteObject[] = [{ index: true, element: <ComingSoon titleKey="dashboard.title" /> }];
