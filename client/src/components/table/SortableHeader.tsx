import { Table, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import classes from "./table.module.css";

interface SortableHeaderProps<C extends string> {
  column: C;
  label: string;
  /** The list's sort from the URL: `column` ascending, `-column` descending. */
  sort: string | undefined;
  onSort: (column: C) => void;
  /** Right-aligned, for numbers and amounts. */
  numeric?: boolean;
}

/** A column header that sorts the list by its column (aria-sort, a button, the direction read out). */
export function SortableHeader<C extends string>({ column, label, sort, onSort, numeric = false }: SortableHeaderProps<C>) {
  const { t } = useTranslation();
  const direction = sort === column ? "ascending" : sort === `-${column}` ? "descending" : undefined;
  return (
    <Table.Th aria-sort={direction ?? "none"} style={numeric ? { textAlign: "end" } : undefined}>
      <UnstyledButton className={classes.sortButton} onClick={() => onSort(column)} title={t("common.sort.by", { column: label })}>
        {label}
        <span aria-hidden className={classes.sortIcon}>
          {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
        </span>
        {direction && (
          <VisuallyHidden>{direction === "ascending" ? t("common.sort.ascending") : t("common.sort.descending")}</VisuallyHidden>
        )}
      </UnstyledButton>
    </Table.Th>
  );
}
