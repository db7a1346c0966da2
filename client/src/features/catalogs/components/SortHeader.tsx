import { Table, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import classes from "./catalogs.module.css";

interface SortHeaderProps<C extends string> {
  column: C;
  label: string;
  sort: string | undefined;
  onSort: (column: C) => void;
}

/** A column header that sorts the list by its column: ascending, then descending. */
export function SortHeader<C extends string>({ column, label, sort, onSort }: SortHeaderProps<C>) {
  const { t } = useTranslation();
  const direction = sort === column ? "ascending" : sort === `-${column}` ? "descending" : undefined;
  return (
    <Table.Th aria-sort={direction ?? "none"}>
      <UnstyledButton className={classes.sortButton} onClick={() => onSort(column)} title={t("catalogs.sortBy", { column: label })}>
        {label}
        <span aria-hidden className={classes.sortIcon}>
          {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
        </span>
        {direction && (
          <VisuallyHidden>{direction === "ascending" ? t("catalogs.sortedAscending") : t("catalogs.sortedDescending")}</VisuallyHidden>
        )}
      </UnstyledButton>
    </Table.Th>
  );
}
