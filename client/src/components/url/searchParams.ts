import { z } from "zod";
import { pageSizes } from "../Pager";

/**
 * Building blocks for a list's state in the URL (`?page=2&sort=-name&q=ke`), so that a view can be
 * bookmarked. Each feature keeps its own zod schema; a bad value falls back to its default instead
 * of breaking the page.
 */

/** A trimmed text, or undefined when it is empty or does not fit `schema`. */
export const optionalText = (schema: z.ZodString) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), schema.optional()).catch(undefined);

/** A sort on one of `columns`: `column` ascending, `-column` descending. */
export const sortOf = (columns: readonly string[]) => optionalText(z.string().regex(new RegExp(`^-?(${columns.join("|")})$`)));

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `page` (from 1) and `pageSize` (one the Pager offers), to spread into a list's schema. */
export function pagingFields(defaultPageSize: number) {
  return {
    page: z.coerce.number().int().min(1).catch(1),
    pageSize: z.coerce
      .number()
      .int()
      .refine((n) => (pageSizes as readonly number[]).includes(n))
      .catch(defaultPageSize),
  };
}

export function parseSearch<S extends z.ZodType>(schema: S, params: URLSearchParams): z.infer<S> {
  return schema.parse(Object.fromEntries(params));
}

type SearchValue = string | number | boolean | undefined;

/**
 * Back to URL parameters, in the order of `search`'s keys (or `keys`), leaving out empty values and
 * those equal to their default (page 1 is always a default).
 */
export function toSearchParams<S extends { [K in keyof S]: SearchValue }>(
  search: S,
  defaults: Partial<S> = {},
  keys: readonly (keyof S & string)[] = Object.keys(search) as (keyof S & string)[],
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = search[key];
    if (value === undefined || value === "" || value === defaults[key]) continue;
    if (key === "page" && value === 1) continue;
    params.set(key, String(value));
  }
  return params;
}

/** Clicking a column: ascending first, then descending, on the same column. */
export function nextSort(current: string | undefined, column: string): string {
  return current === column ? `-${column}` : column;
}
