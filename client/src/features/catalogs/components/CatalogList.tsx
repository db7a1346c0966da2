import { Table } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useSearchParams } from "react-router";
import type { z } from "zod";
import { PagedList } from "../../../components/table/PagedList";
import { nextSort, parseSearch } from "../../../components/url/searchParams";
import { toSearchParams } from "../searchParams";

type ListSearch = { page: number; pageSize: number; sort?: string | undefined } & Record<string, string | number | undefined>;

/** A catalog list's state in the URL: the parsed search, `update` to change it, `onSort` for a column header. */
export function useListSearch<S extends ListSearch>(schema: z.ZodType<S>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseSearch(schema, searchParams);
  const update = (change: Partial<S>) => setSearchParams(toSearchParams({ ...search, ...change }));
  const onSort = (column: string) => update({ sort: nextSort(search.sort, column), page: 1 } as Partial<S>);
  return { search, update, onSort };
}

interface CatalogTableProps<T> {
  query: UseQueryResult<{ items: T[]; totalCount: number }>;
  search: { page: number; pageSize: number };
  update: (change: { page: number; pageSize?: number }) => void;
  loadFailed: string;
  empty: string;
  caption: string;
  minWidth: number;
  /** The header cells. */
  columns: ReactNode;
  row: (item: T) => ReactNode;
}

/** A catalog list's result: loading, a failure with a retry, empty, or the table and its pager. */
export function CatalogTable<T>({ caption, minWidth, columns, row, ...list }: CatalogTableProps<T>) {
  return (
    <PagedList {...list}>
      {(items) => (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped highlightOnHover>
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>{columns}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>{items.map(row)}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </PagedList>
  );
}
