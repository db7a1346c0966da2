import { Anchor, Badge, Table, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../i18n/format";
import { stageLabel, statusLabel } from "../../../i18n/enumLabels";
import type { ProjectSummary } from "../api/listProjects";
import type { SortableColumn } from "../searchParams";
import classes from "./ProjectsTable.module.css";

interface ProjectsTableProps {
  projects: readonly ProjectSummary[];
  sort: string | undefined;
  onSort: (column: SortableColumn) => void;
}

export function ProjectsTable({ projects, sort, onSort }: ProjectsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const sortHeader = (column: SortableColumn, label: string, numeric = false) => {
    const direction = sort === column ? "ascending" : sort === `-${column}` ? "descending" : undefined;
    return (
      <Table.Th aria-sort={direction ?? "none"} style={numeric ? { textAlign: "end" } : undefined}>
        <UnstyledButton className={classes.sortButton} onClick={() => onSort(column)} title={t("projects.sortBy", { column: label })}>
          {label}
          <span aria-hidden className={classes.sortIcon}>
            {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
          </span>
          {direction && (
            <VisuallyHidden>
              {direction === "ascending" ? t("projects.sortedAscending") : t("projects.sortedDescending")}
            </VisuallyHidden>
          )}
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Caption>{t("projects.tableCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {sortHeader("code", t("projects.columns.code"))}
            {sortHeader("title", t("projects.columns.title"))}
            <Table.Th>{t("projects.columns.country")}</Table.Th>
            {sortHeader("stage", t("projects.columns.stage"))}
            {sortHeader("status", t("projects.columns.status"))}
            {sortHeader("estimatedValueUsd", t("projects.columns.estimatedValueUsd"), true)}
            {sortHeader("expectedDecisionOn", t("projects.columns.expectedDecisionOn"))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((project) => (
            <Table.Tr key={project.id}>
              <Table.Td className={classes.code}>{project.code}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/projects/${project.id}`}>
                  {project.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {format.country(project.countryCode)} <span className={classes.muted}>({project.countryCode})</span>
              </Table.Td>
              <Table.Td className={classes.nowrap}>
                <Badge variant="light" className={classes.stage}>
                  {stageLabel(t, project.stage)}
                </Badge>
              </Table.Td>
              <Table.Td>{statusLabel(t, project.status)}</Table.Td>
              <Table.Td style={{ textAlign: "end" }}>{format.money(project.estimatedValueUsd, "USD")}</Table.Td>
              <Table.Td>{project.expectedDecisionOn ? format.date(project.expectedDecisionOn) : "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
