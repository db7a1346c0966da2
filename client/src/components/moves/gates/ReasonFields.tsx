import { Textarea } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { MoveOption } from "../api";

interface ReasonFieldsProps {
  option: MoveOption;
  reason: string;
  skipReason: string;
  onChange(change: { reason?: string; skipReason?: string }): void;
  error(path: string): ReactNode;
}

/** The skip reason (when the move skips a stage) and the reason (required when moving back, else optional). */
export function ReasonFields({ option, reason, skipReason, onChange, error }: ReasonFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {option.skipReasonRequired && (
        <Textarea
          label={t("moves.skipReason")}
          withAsterisk
          rows={2}
          maxLength={1000}
          value={skipReason}
          onChange={(e) => onChange({ skipReason: e.currentTarget.value })}
          error={error("skipReason")}
        />
      )}
      <Textarea
        label={option.reasonRequired ? t("moves.reason") : t("moves.reasonOptional")}
        withAsterisk={option.reasonRequired}
        rows={2}
        maxLength={1000}
        value={reason}
        onChange={(e) => onChange({ reason: e.currentTarget.value })}
        error={error("reason")}
      />
    </>
  );
}
