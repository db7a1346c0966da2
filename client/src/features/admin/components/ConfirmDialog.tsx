import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../components/ProblemAlert";

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  pending?: boolean;
  /** The failed attempt, shown in the dialog. */
  error?: unknown;
  errorTitle?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a change that cannot simply be taken back (disable, rotate, revoke). */
export function ConfirmDialog({ opened, title, body, confirmLabel, pending, error, errorTitle, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal closeButtonProps={{ "aria-label": t("common.close") }} opened={opened} onClose={onCancel} title={title}>
      <Stack gap="md">
        <Text size="sm">{body}</Text>
        {error ? <ProblemAlert error={error} title={errorTitle} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
