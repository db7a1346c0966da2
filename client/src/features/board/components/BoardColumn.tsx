import { Button, Text, Title, VisuallyHidden } from "@mantine/core";
import { useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Stage } from "../../../api/enums";
import { LoadingState } from "../../../components/LoadingState";
import type { MoveOption } from "../../../components/moves/api";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { stageLabel } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { useBoardColumn, type BoardFilterQuery, type ProjectSummary } from "../api/boardProjects";
import type { StageTotals } from "../api/stageTotals";
import classes from "./board.module.css";
import { ProjectCard } from "./ProjectCard";

interface BoardColumnProps {
  stage: Stage;
  filters: BoardFilterQuery;
  /** The totals of every stage; undefined when they are not (yet) known. */
  totals: StageTotals | undefined;
  /** The card being dragged, if any, as shown. */
  dragged: ProjectSummary | null;
  /** The card being dragged right now (no re-render needed), for the drop. */
  getDragged(): ProjectSummary | null;
  onDragStart(project: ProjectSummary): void;
  onDragEnd(): void;
  /** A card was dropped here, or "Move to…" chose a stage: one of the card's move options. */
  onMove(project: ProjectSummary, option: MoveOption): void;
}

/** One stage: its count and value, its cards (largest first) and "show more". A drop target while dragging. */
/** The move of `project` to `stage`, if the API allows it (a drop elsewhere is no drop target). */
const moveHere = (project: ProjectSummary | null, stage: Stage) => project?.moveOptions.find((option) => option.toStage === stage);

export function BoardColumn({ stage, filters, totals, dragged, getDragged, onDragStart, onDragEnd, onMove }: BoardColumnProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const column = useBoardColumn(stage, filters);
  const [over, setOver] = useState(false);
  const headingId = `column-${stage}`;

  const stageTotals = totals?.stages.find((s) => s.stage === stage);
  const cards = column.data?.pages.flatMap((page) => page.items) ?? [];
  const listTotal = column.data?.pages[0]?.totalCount;
  const count = stageTotals?.count ?? listTotal;

  const acceptsNow = () => {
    const current = getDragged();
    const option = moveHere(current, stage);
    return current && option ? { project: current, option } : null;
  };
  const accepts = moveHere(dragged, stage) !== undefined;
  const dragOver = (event: DragEvent<HTMLElement>) => {
    if (acceptsNow()) {
      event.preventDefault();
      if (event.dataTransfer) {
        event.dataTransfer.dropEffect = "move";
      }
      setOver(true);
    }
  };
  const drop = (event: DragEvent<HTMLElement>) => {
    setOver(false);
    const current = acceptsNow();
    if (current) {
      event.preventDefault();
      onMove(current.project, current.option);
    }
  };

  return (
    <section
      aria-labelledby={headingId}
      className={`${classes.column} ${accepts && over ? classes.dropTarget : ""}`}
      onDragEnter={dragOver}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid={`column-${stage}`}
    >
      <div className={classes.columnHeader}>
        <Title order={2} size="h5" id={headingId}>
          {stageLabel(t, stage)}
        </Title>
        {count !== undefined && (
          <Text size="xs" c="dimmed">
            {t("board.column.count", { count })}
            {stageTotals && ` · ${t("board.column.value", { value: format.money(stageTotals.valueUsd, "USD") })}`}
          </Text>
        )}
        {accepts && (
          <Text size="xs" c="blue.8">
            {t("board.column.dropHere", { stage: stageLabel(t, stage) })}
          </Text>
        )}
      </div>

      {column.isPending ? (
        <LoadingState />
      ) : column.isError ? (
        <ProblemAlert error={column.error} title={t("board.column.loadFailed")} onRetry={() => void column.refetch()} />
      ) : cards.length === 0 ? (
        <Text size="sm" c="dimmed" py="sm">
          {t("board.column.empty")}
        </Text>
      ) : (
        <>
          <ul className={classes.cards}>
            {cards.map((project) => (
              <li key={project.id}>
                <ProjectCard
                  project={project}
                  dragging={dragged?.id === project.id}
                  onDragStart={onDragStart}
                  onDragEnd={onDragEnd}
                  onMove={onMove}
                />
              </li>
            ))}
          </ul>
          {listTotal !== undefined && listTotal > cards.length && (
            <Text size="xs" c="dimmed">
              {t("board.column.shown", { shown: format.number(cards.length), total: format.number(listTotal) })}
            </Text>
          )}
          {column.hasNextPage && (
            <Button variant="subtle" size="xs" loading={column.isFetchingNextPage} onClick={() => void column.fetchNextPage()}>
              {t("board.column.showMore")} <VisuallyHidden>({stageLabel(t, stage)})</VisuallyHidden>
            </Button>
          )}
        </>
      )}
    </section>
  );
}

