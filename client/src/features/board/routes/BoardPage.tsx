import { Stack, Title, VisuallyHidden } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { stages } from "../../../api/enums";
import type { MoveOption } from "../../../components/moves/api";
import { MoveProjectDialog } from "../../../components/moves/MoveProjectDialog";
import { stageLabel } from "../../../i18n/enumLabels";
import type { ProjectSummary } from "../api/boardProjects";
import { useStageTotals } from "../api/stageTotals";
import { BoardColumn } from "../components/BoardColumn";
import { BoardFilters } from "../components/BoardFilters";
import classes from "../components/board.module.css";
import { parseBoardSearch, toFilterQuery, toSearchParams, type BoardSearch } from "../searchParams";

/**
 * /board, the start page: a column per stage; cards move by drag and drop or the "Move to…" menu, each
 * only where its row says the caller may change it and only to the stages its move options name.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseBoardSearch(searchParams);
  const filters = toFilterQuery(search);
  const totals = useStageTotals(filters);

  // The dragged card: in a ref for the drop targets at once, in state (a moment later) for the display,
  // as Chromium cancels a drag whose source is re-rendered during dragstart.
  const draggedRef = useRef<ProjectSummary | null>(null);
  const [dragged, setDragged] = useState<ProjectSummary | null>(null);
  const dragStart = (project: ProjectSummary) => {
    draggedRef.current = project;
    window.setTimeout(() => setDragged(draggedRef.current), 0);
  };
  const dragEnd = () => {
    draggedRef.current = null;
    setDragged(null);
  };
  const [moving, setMoving] = useState<{ project: ProjectSummary; option: MoveOption } | null>(null);
  const [dialogOpened, setDialogOpened] = useState(false);
  const [announcement, setAnnouncement] = useState("");

  const startMove = (project: ProjectSummary, option: MoveOption) => {
    dragEnd();
    setAnnouncement("");
    setMoving({ project, option });
    setDialogOpened(true);
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t("board.title")}</Title>
      <BoardFilters values={search} onChange={(values: BoardSearch) => setSearchParams(toSearchParams(values))} />
      <VisuallyHidden role="status" aria-live="polite" aria-atomic>
        {announcement}
      </VisuallyHidden>
      <div className={classes.board} role="region" aria-label={t("board.boardLabel")} tabIndex={0}>
        {stages.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            filters={filters}
            totals={totals.data}
            dragged={dragged}
            getDragged={() => draggedRef.current}
            onDragStart={dragStart}
            onDragEnd={dragEnd}
            onMove={startMove}
          />
        ))}
      </div>
      {moving && (
        <MoveProjectDialog
          project={moving.project}
          option={moving.option}
          opened={dialogOpened}
          onClose={() => setDialogOpened(false)}
          onMoved={(moved) => setAnnouncement(t("board.moved", { code: moved.code, stage: stageLabel(t, moved.stage) }))}
        />
      )}
    </Stack>
  );
}
