import { z } from "zod";
import { enumValues } from "../../api/enums";
import { pageSizes } from "../../components/Pager";
import type { ListAuditEntriesQuery } from "./api/audit";
import type { ListUsersQuery } from "./api/users";

/**
 * The admin lists as the URL holds them (`/admin/users?role=Analyst&sort=-createdAt`), so a view can
 * be bookmarked. A bad value falls back to its default instead of breaking the page.
 */
export const defaultPageSize = 25;

const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(max).optional()).catch(undefined);

const paging = {
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (pageSizes as readonly number[]).includes(n))
    .catch(defaultPageSize),
};

function pagingParams(search: { page: number; pageSize: number }): URLSearchParams {
  const params = new URLSearchParams();
  if (search.page !== 1) params.set("page", String(search.page));
  if (search.pageSize !== defaultPageSize) params.set("pageSize", String(search.pageSize));
  return params;
}

/* ---- Users ---- */

/** The columns the API can sort users by (ListUsersValidator.SortFields). */
export const userSortColumns = ["email", "displayName", "createdAt"] as const;
export type UserSortColumn = (typeof userSortColumns)[number];

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const userListSearch = z.object({
  ...paging,
  sort: z
    .string()
    .regex(new RegExp(`^-?(${userSortColumns.join("|")})$`))
    .optional()
    .catch(undefined),
  role: z.enum(enumValues.Role).optional().catch(undefined),
  organizationId: z.string().regex(uuid).optional().catch(undefined),
  status: z.enum(["active", "disabled"]).optional().catch(undefined),
  q: optionalText(100),
});

export type UserListSearch = z.infer<typeof userListSearch>;

export function parseUserListSearch(params: URLSearchParams): UserListSearch {
  return userListSearch.parse(Object.fromEntries(params));
}

export function userSearchParams(search: UserListSearch): URLSearchParams {
  const params = pagingParams(search);
  for (const key of ["sort", "role", "organizationId", "status", "q"] as const) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  return params;
}

export function userApiQuery(search: UserListSearch): ListUsersQuery {
  return {
    page: search.page,
    pageSize: search.pageSize,
    ...(search.sort && { sort: search.sort }),
    ...(search.role && { role: search.role }),
    ...(search.organizationId && { organizationId: search.organizationId }),
    ...(search.status && { disabled: search.status === "disabled" }),
    ...(search.q && { q: search.q }),
  };
}

/** Clicking a column: ascending first, then descending, on the same column. */
export function nextSort(current: string | undefined, column: string): string {
  return current === column ? `-${column}` : column;
}

/* ---- API clients ---- */

export const pagingSearch = z.object(paging);
export type PagingSearch = z.infer<typeof pagingSearch>;

export function parsePagingSearch(params: URLSearchParams): PagingSearch {
  return pagingSearch.parse(Object.fromEntries(params));
}

export { pagingParams };

/* ---- Audit trail ---- */

/** The record types the audit trail writes (Infrastructure/Auditing/AuditTrail.cs). */
export const auditRecordTypes = ["Project", "Organization", "Country", "Solution", "User", "ApiClient"] as const;
export type AuditRecordType = (typeof auditRecordTypes)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);

export const auditListSearch = z.object({
  ...paging,
  recordType: z.enum(auditRecordTypes).optional().catch(undefined),
  recordId: optionalText(100),
  actor: optionalText(256),
  action: z.enum(enumValues.AuditAction).optional().catch(undefined),
  from: day,
  to: day,
});

export type AuditListSearch = z.infer<typeof auditListSearch>;

export function parseAuditListSearch(params: URLSearchParams): AuditListSearch {
  return auditListSearch.parse(Object.fromEntries(params));
}

export function auditSearchParams(search: AuditListSearch): URLSearchParams {
  const params = pagingParams(search);
  for (const key of ["recordType", "recordId", "actor", "action", "from", "to"] as const) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The start of a calendar day ("2026-05-01") in the browser's time zone, as the API's UTC instant. */
export function startOfDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y!, m! - 1, d!).toISOString();
}

/** The start of the next day: `to` is inclusive on screen, exclusive in the API. */
export function startOfNextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y!, m! - 1, d! + 1).toISOString();
}

export function auditApiQuery(search: AuditListSearch): ListAuditEntriesQuery {
  return {
    page: search.page,
    pageSize: search.pageSize,
    ...(search.recordType && { recordType: search.recordType }),
    ...(search.recordId && { recordId: search.recordId }),
    ...(search.actor && { actor: search.actor }),
    ...(search.action && { action: search.action }),
    ...(search.from && { from: startOfDay(search.from) }),
    ...(search.to && { to: startOfNextDay(search.to) }),
  };
}
