import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../../components/LoadingState";
import { ProblemAlert } from "../../../components/ProblemAlert";

export interface DataColumn<Row> {
  label: string;
  value: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface ChartCardProps<Row> {
  title: string;
  description?: string;
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string | number;
  columns: DataColumn<Row>[];
  /** The chart; drawn only when there is data. */
  children: ReactNode;
}

/**
 * One figure of the dashboard: a titled chart with its loading, error and empty states, and the same
 * numbers as a table under "Show the figures", for screen readers and for copying.
 */
export function ChartCard<Row>({ title, description, query, rows, rowKey, columns, children }: ChartCardProps<Row>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Paper withBorder p="md" radius="md" component="figure" aria-labelledby={id} m={0}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ProblemAlert error={query.error} title={t("dashboard.loadFailed")} onRetry={() => void query.refetch()} />
        ) : !rows || rows.length === 0 ? (
          <Text py="md">{t("dashboard.empty")}</Text>
        ) : (
          <>
            {children}
            <details>
              <summary>
                <Text span size="sm">
                  {t("dashboard.showFigures")}
                </Text>
              </summary>
              <Table striped mt="xs" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((column) => (
                      <Table.Th key={column.label} ta={column.numeric ? "right" : undefined} scope="col">
                        {column.label}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={rowKey(row)}>
                      {columns.map((column) => (
                        <Table.Td key={column.label} ta={column.numeric ? "right" : undefined}>
                          {column.value(row)}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </details>
          </>
        )}
      </Stack>
    </Paper>
  );
}
