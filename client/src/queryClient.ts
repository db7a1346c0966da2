import { QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiProblem } from "./api/problem";
import { clearTokens } from "./auth/session";

/** A 401 means the session is gone: forget it, and RequireAuth sends the user to sign in. */
function onError(error: unknown) {
  if (isApiProblem(error) && error.status === 401) {
    clearTokens();
  }
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => !(isApiProblem(error) && error.status < 500) && failures < 2,
      },
    },
  });
}
