/** Everything the catalogs section caches starts with this key. */
export const catalogsQueryKey = ["catalogs"] as const;

/** The If-Match value for a record's version: the ETag the API sent, quoted ("3"). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

export function present<T>(data: T | undefined, operation: string): T {
  if (data === undefined || data === null) {
    throw new Error(`${operation} returned no body.`);
  }
  return data;
}

/** A record's name in the language shown: the Korean name in Korean when there is one. */
export function localName(record: { name: string; nameKo?: string | null }, language: string): string {
  return language.startsWith("ko") && record.nameKo ? record.nameKo : record.name;
}

/** The largest page the API serves. */
export const maxPageSize = 100;
