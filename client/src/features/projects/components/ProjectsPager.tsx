import { Group, NativeSelect, Pagination } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { pageSizes } from "../searchParams";

interface ProjectsPagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
}

export function ProjectsPager({ page, pageSize, totalCount, onPage, onPageSize }: ProjectsPagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  const controlLabels = {
    first: t("projects.paging.first"),
    previous: t("projects.paging.previous"),
    next: t("projects.paging.next"),
    last: t("projects.paging.last"),
  };
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap">
      <nav aria-label={t("projects.paging.label")}>
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPage}
          withEdges
          getItemProps={(p) => ({ "aria-label": t("projects.paging.page", { page: p }) })}
          getControlProps={(control) => ({ "aria-label": controlLabels[control] })}
        />
      </nav>
      <NativeSelect
        label={t("projects.paging.pageSize")}
        value={String(pageSize)}
        data={pageSizes.map(String)}
        onChange={(e) => onPageSize(Number(e.currentTarget.value))}
        w={140}
      />
    </Group>
  );
}
