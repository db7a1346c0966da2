import { Group, NativeSelect, Pagination } from "@mantine/core";
import { useTranslation } from "react-i18next";

export const pageSizes = [10, 25, 50, 100] as const;

interface PagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
  /** The choices of rows per page; the API allows up to 100. */
  sizes?: readonly number[];
}

/** Pages of a list: numbered pages with first/last, and the rows per page. */
export function Pager({ page, pageSize, totalCount, onPage, onPageSize, sizes = pageSizes }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  const controlLabels = {
    first: t("common.paging.first"),
    previous: t("common.paging.previous"),
    next: t("common.paging.next"),
    last: t("common.paging.last"),
  };
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <nav aria-label={t("common.paging.label")}>
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPage}
          withEdges
          getItemProps={(p) => ({ "aria-label": t("common.paging.page", { page: p }) })}
          getControlProps={(control) => ({ "aria-label": controlLabels[control] })}
        />
      </nav>
      <NativeSelect
        label={t("common.paging.pageSize")}
        value={String(pageSize)}
        data={sizes.map(String)}
        onChange={(e) => onPageSize(Number(e.currentTarget.value))}
        w={140}
      />
    </Group>
  );
}
