import { isApiProblem } from "../../api/problem";

/**
 * The API's message for one field of a form, from a failed request's problem details (400 errors are
 * keyed by the field's JSON path: "consulting.plannedRounds", "members[0].sharePercent"), for
 * Mantine's `error` prop. Paths match case-insensitively, as ASP.NET Core may capitalise them.
 */
export function fieldError(error: unknown, path: string): string | undefined {
  if (!isApiProblem(error)) {
    return undefined;
  }
  const wanted = path.toLowerCase();
  const messages = Object.entries(error.errors).find(([key]) => key.toLowerCase() === wanted)?.[1];
  return messages && messages.length > 0 ? messages.join(" ") : undefined;
}

/** The problem's field errors that no field of the form shows, to list them above the form. */
export function otherFieldErrors(error: unknown, shownPaths: readonly string[]): string[] {
  if (!isApiProblem(error)) {
    return [];
  }
  const shown = new Set(shownPaths.map((p) => p.toLowerCase()));
  return Object.entries(error.errors)
    .filter(([key]) => !shown.has(key.toLowerCase()))
    .flatMap(([, messages]) => messages);
}
