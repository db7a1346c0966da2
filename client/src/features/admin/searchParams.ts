import { z } from "zod";
import { enumValues } from "../../api/enums";
import { optionalText as trimmedText, pagingFields, sortOf, toSearchParams, uuidPattern as uuid } from "../../components/url/searchParams";
import type { ListAuditEntriesQuery } from "./api/audit";
import type { ListUsersQuery } from "./api/users";

/**
 * The admin lists as the URL holds them (`/admin/users?role=Analyst&sort=-createdAt`), so a view can
 * be bookmarked. A bad value falls back to its default instead of breaking the page.
 */
export const defaultPageSize = 25;

const optionalText = (max: number) => trimmedText(z.string().max(max));

const paging = pagingFields(defaultPageSize);

export function pagingParams(search: { page: number; pageSize: number }): URLSearchParams {
  return toSearchParams(search, { pageSize: defaultPageSize }, ["page", "pageSize"]);
}

/* ---- Users ---- */

/** The columns the API can sort users by (ListUsersValidator.SortFields). */
export const userSortColumns = ["email", "displayName", "createdAt"] as const;
export type UserSortColumn = (typeof userSortColumns)[number];

export const userListSearch = z.object({
  ...paging,
  sort: sortOf(userSortColumns),
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
  return toSearchParams(search, { pageSize: defaultPageSize }, ["page", "pageSize", "sort", "role", "organizationId", "status", "q"]);
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

/* ---- API clients ---- */

export const pagingSearch = z.object(paging);
export type PagingSearch = z.infer<typeof pagingSearch>;

export function parsePagingSearch(params: URLSearchParams): PagingSearch {
  return pagingSearch.parse(Object.fromEntries(params));
}

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
  return toSearchParams(search, { pageSize: defaultPageSize }, ["page", "pageSize", "recordType", "recordId", "actor", "action", "from", "to"]);
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
