import type { RouteObject } from "react-router";
import { ComingSoon } from "../../components/ComingSoon";

/** The catalogs section's pages, under /catalogs. */
export const catalogsRoutes: RouteObject[] = [{ index: true, element: <ComingSoon titleKey="catalogs.title" /> }];
