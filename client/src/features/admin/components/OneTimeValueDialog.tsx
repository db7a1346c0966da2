import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface OneTimeValueDialogProps {
  opened: boolean;
  title: string;
  intro?: ReactNode;
  /** The label of the value's field. */
  label: string;
  value: string;
  /** Why it is shown only now. */
  warning: string;
  onClose: () => void;
}

/**
 * A secret or a link the API gives only once: a read-only field with a copy button and a clear
 * warning. Closing the dialog forgets it.
 */
export function OneTimeValueDialog({ opened, title, intro, label, value, warning, onClose }: OneTimeValueDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal closeButtonProps={{ "aria-label": t("common.close") }} opened={opened} onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      <Stack gap="md">
        {intro && <Text size="sm">{intro}</Text>}
        <Alert color="orange" variant="light" role="note">
          {warning}
        </Alert>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            label={label}
            value={value}
            readOnly
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Button variant={copied ? "filled" : "light"} color={copied ? "teal" : undefined} onClick={copy} aria-live="polite">
                {copied ? t("admin.oneTime.copied") : t("admin.oneTime.copy")}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t("admin.oneTime.done")}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
