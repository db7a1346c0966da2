import type { RouteObject } from "react-router";
import { ComingSoon } from "../../components/ComingSoon";

/** The admin section's pages, under /admin. */
export const adminRoutes: RouteObject[] = [{ index: true, element: <ComingSoon titleKey="admin.title" /> }];
