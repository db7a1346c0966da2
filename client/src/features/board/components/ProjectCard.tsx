import { Anchor, Badge, Button, Menu, Text, VisuallyHidden } from "@mantine/core";
import type { DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MoveOption } from "../../../components/moves/api";
import { stageLabel, statusLabel } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import type { ProjectSummary } from "../api/boardProjects";
import classes from "./board.module.css";

interface ProjectCardProps {
  project: ProjectSummary;
  dragging: boolean;
  onDragStart(project: ProjectSummary): void;
  onDragEnd(): void;
  onMove(project: ProjectSummary, option: MoveOption): void;
}

/** Whether the caller may move this project now (drag handle and "Move to…"), as the API says for its row. */
export function canMoveCard(project: ProjectSummary): boolean {
  return project.canEdit && project.moveOptions.length > 0;
}

const dayMs = 86_400_000;

/** Whole days since `since`; never negative. */
export function daysSince(since: string, now = Date.now()): number {
  const start = Date.parse(since);
  return Number.isNaN(start) ? 0 : Math.max(0, Math.floor((now - start) / dayMs));
}

/** One project on the board: what it is, where, how much, how long in its stage, and who owns it. */
export function ProjectCard({ project, dragging, onDragStart, onDragEnd, onMove }: ProjectCardProps) {
  const { t } = useTranslation();
  const canMove = canMoveCard(project);
  const format = useFormat();
  const titleId = `card-${project.id}-title`;
  const owner = project.ownerName?.trim() || null;

  const dragStart = (event: DragEvent<HTMLElement>) => {
    event.dataTransfer?.setData("text/plain", project.code);
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = "move";
    }
    onDragStart(project);
  };

  return (
    <article
      className={`${classes.card} ${dragging ? classes.dragging : ""}`}
      aria-labelledby={titleId}
      draggable={canMove}
      onDragStart={canMove ? dragStart : undefined}
      onDragEnd={canMove ? onDragEnd : undefined}
      title={canMove ? t("board.card.dragHint") : undefined}
      data-testid={`card-${project.code}`}
    >
      <div className={classes.cardTop}>
        <span>
          {canMove && (
            <span aria-hidden className={classes.grip}>
              ⠿
            </span>
          )}
          <Anchor component={Link} to={`/projects/${project.id}`} className={classes.code}>
            {project.code}
          </Anchor>
        </span>
        {project.status !== "Active" && (
          <Badge size="xs" color="gray.8" variant="outline">
            {statusLabel(t, project.status)}
          </Badge>
        )}
      </div>
      <h3 id={titleId} className={classes.title}>
        {project.title}
      </h3>
      <Text size="xs">
        <VisuallyHidden>{t("board.card.country")}: </VisuallyHidden>
        {format.country(project.countryCode)}
      </Text>
      <Text size="sm" fw={600}>
        <VisuallyHidden>{t("board.card.value")}: </VisuallyHidden>
        {format.money(project.estimatedValueUsd, "USD")}
      </Text>
      <Text size="xs" c="dimmed">
        {t("board.card.days", { count: daysSince(project.stageEnteredAt) })}
      </Text>
      <Text size="xs" c="dimmed">
        {owner ? t("board.card.owner", { name: owner }) : t("board.card.noOwner")}
      </Text>
      {canMove && (
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button size="compact-xs" variant="light" mt={4} style={{ alignSelf: "flex-start" }}>
              {t("board.card.moveTo")} <VisuallyHidden>{project.code}</VisuallyHidden>
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {project.moveOptions.map((option) => (
              <Menu.Item key={option.toStage} onClick={() => onMove(project, option)}>
                {stageLabel(t, option.toStage)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
    </article>
  );
}
