import { Anchor, Button, Group, Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan } from "../../../auth/me";
import classes from "./catalogs.module.css";

interface DetailHeaderProps {
  title: ReactNode;
  backTo: string;
  backLabel: string;
  /** The record's edit page; the button shows only to those who may write the catalog. */
  editTo?: string;
}

export function DetailHeader({ title, backTo, backLabel, editTo }: DetailHeaderProps) {
  const { t } = useTranslation();
  const canWrite = useCan("WriteCatalog");
  return (
    <Stack gap="xs">
      <Anchor component={Link} to={backTo} size="sm">
        <span aria-hidden>← </span>
        {backLabel}
      </Anchor>
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={2}>{title}</Title>
        {canWrite && editTo && (
          <Button component={Link} to={editTo} variant="default">
            {t("common.edit")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** A record's fields as a description list. */
export function FieldList({ fields }: { fields: { label: string; value: ReactNode }[] }) {
  return (
    <dl className={classes.fields}>
      {fields.map((field) => (
        <FieldRow key={field.label} label={field.label} value={field.value} />
      ))}
    </dl>
  );
}

function FieldRow({ label, value }: { label: string; value: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
