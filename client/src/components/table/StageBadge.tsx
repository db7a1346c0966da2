import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../api/client";
import { stageLabel } from "../../i18n/enumLabels";
import classes from "./table.module.css";

/** A project's stage in a table cell: its whole name, never cut short. */
export function StageBadge({ stage }: { stage: Schema<"Stage"> }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" className={classes.badge}>
      {stageLabel(t, stage)}
    </Badge>
  );
}
