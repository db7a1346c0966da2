import { Button, Group, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan } from "../../../auth/me";
import { useFormat } from "../../../i18n/format";

interface ListHeaderProps {
  title: string;
  totalCount: number | undefined;
  createLabel: string;
  createTo: string;
}

/** A catalog's heading, how many records the view holds, and "New …" for those who may write the catalog. */
export function ListHeader({ title, totalCount, createLabel, createTo }: ListHeaderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const canWrite = useCan("WriteCatalog");
  return (
    <Group justify="space-between" align="center" wrap="wrap">
      <Group align="baseline" gap="md">
        <Title order={2}>{title}</Title>
        {totalCount !== undefined && (
          <Text c="dimmed" size="sm" aria-live="polite">
            {t("catalogs.total", { total: format.number(totalCount) })}
          </Text>
        )}
      </Group>
      {canWrite && (
        <Button component={Link} to={createTo}>
          {createLabel}
        </Button>
      )}
    </Group>
  );
}
