import { Text } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { LoadingState } from "../LoadingState";
import { Pager } from "../Pager";
import { ProblemAlert } from "../ProblemAlert";

interface PagedListProps<T> {
  /** One page of the list, as the API answers it. */
  query: UseQueryResult<{ items: T[]; totalCount: number }>;
  /** The page and page size in the URL. */
  search: { page: number; pageSize: number };
  /** Changes the page (and page size) in the URL. */
  update: (change: { page: number; pageSize?: number }) => void;
  loadFailed: string;
  empty: string;
  /** The page's items: a table, a list. */
  children: (items: T[]) => ReactNode;
}

/** A paged list's result: loading, a failure with a retry, empty, or the items and the pager. */
export function PagedList<T>({ query, search, update, loadFailed, empty, children }: PagedListProps<T>) {
  if (query.isPending) {
    return <LoadingState />;
  }
  if (query.isError) {
    return <ProblemAlert error={query.error} title={loadFailed} onRetry={() => void query.refetch()} />;
  }
  if (query.data.items.length === 0) {
    return <Text py="lg">{empty}</Text>;
  }
  return (
    <>
      {children(query.data.items)}
      <Pager
        page={search.page}
        pageSize={search.pageSize}
        totalCount={query.data.totalCount}
        onPage={(page) => update({ page })}
        onPageSize={(pageSize) => update({ pageSize, page: 1 })}
      />
    </>
  );
}
