/** Everything about projects is under ["projects"]: a change invalidates it all (board columns, totals, lists, details). */
export const projectsQueryKey = ["projects"] as const;
