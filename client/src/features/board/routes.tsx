import type { RouteObject } from "react-router";
import { ComingSoon } from "../../components/ComingSoon";

/** The board section's pages, under /board. */
export const boardRoutes: RouteObject[] = [{ index: true, element: <ComingSoon titleKey="board.title" /> }];
