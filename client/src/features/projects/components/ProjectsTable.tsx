import { Anchor, Table } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../i18n/format";
import { statusLabel } from "../../../i18n/enumLabels";
import type { ProjectSummary } from "../api/listProjects";
import type { SortableColumn } from "../searchParams";
import { SortableHeader } from "../../../components/table/SortableHeader";
import { StageBadge } from "../../../components/table/StageBadge";
import classes from "../../../components/table/table.module.css";

interface ProjectsTableProps {
  projects: readonly ProjectSummary[];
  sort: string | undefined;
  onSort: (column: SortableColumn) => void;
}

export function ProjectsTable({ projects, sort, onSort }: ProjectsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Caption>{t("projects.tableCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader column="code" label={t("projects.columns.code")} sort={sort} onSort={onSort} />
            <SortableHeader column="title" label={t("projects.columns.title")} sort={sort} onSort={onSort} />
            <Table.Th>{t("projects.columns.country")}</Table.Th>
            <SortableHeader column="stage" label={t("projects.columns.stage")} sort={sort} onSort={onSort} />
            <SortableHeader column="status" label={t("projects.columns.status")} sort={sort} onSort={onSort} />
            <SortableHeader column="estimatedValueUsd" label={t("projects.columns.estimatedValueUsd")} sort={sort} onSort={onSort} numeric />
            <SortableHeader column="expectedDecisionOn" label={t("projects.columns.expectedDecisionOn")} sort={sort} onSort={onSort} />
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
                <StageBadge stage={project.stage} />
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
