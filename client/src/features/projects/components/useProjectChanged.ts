import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { projectQueryKey, type Project } from "../api/getProject";
import { projectsQueryKey } from "../api/listProjects";

/** After a change: the detail shows the saved record, and lists, timeline and history load again. */
export function useProjectChanged(id: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (saved: Project) => {
      queryClient.setQueryData(projectQueryKey(id), saved);
      void queryClient.invalidateQueries({
        queryKey: projectsQueryKey,
        predicate: (query) => !(query.queryKey[1] === "detail" && query.queryKey[2] === id),
      });
    },
    [queryClient, id],
  );
}
