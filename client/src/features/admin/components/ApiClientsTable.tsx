import { Badge, Button, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../i18n/format";
import type { ApiClient } from "../api/apiClients";
import classes from "../../../components/table/table.module.css";

interface ApiClientsTableProps {
  clients: readonly ApiClient[];
  organizationName: (id: string) => string;
  onRotate: (client: ApiClient) => void;
  onRevoke: (client: ApiClient) => void;
}

export function ApiClientsTable({ clients, organizationName, onRotate, onRevoke }: ApiClientsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover>
        <Table.Caption>{t("admin.apiClients.tableCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("admin.apiClients.columns.clientId")}</Table.Th>
            <Table.Th>{t("admin.apiClients.columns.displayName")}</Table.Th>
            <Table.Th>{t("admin.apiClients.columns.scopes")}</Table.Th>
            <Table.Th>{t("admin.apiClients.columns.organization")}</Table.Th>
            <Table.Th>{t("admin.apiClients.columns.createdAt")}</Table.Th>
            <Table.Th>{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.clientId}>
              <Table.Td>
                <Group gap={6} wrap="wrap">
                  <span className={classes.mono}>{client.clientId}</span>
                  {client.provisionedByConfiguration && (
                    <Badge color="gray.7" variant="outline" className={classes.badge} title={t("admin.apiClients.fromConfigurationHint")}>
                      {t("admin.apiClients.fromConfiguration")}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{client.displayName}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="wrap">
                  {client.scopes.map((scope) => (
                    <Badge key={scope} variant="light" tt="none" className={classes.badge}>
                      {scope}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{client.organizationId ? organizationName(client.organizationId) : "—"}</Table.Td>
              <Table.Td className={classes.nowrap}>{client.createdAt ? format.date(client.createdAt) : "—"}</Table.Td>
              <Table.Td>
                {client.provisionedByConfiguration ? (
                  <Text size="xs" c="dimmed">
                    {t("admin.apiClients.fromConfigurationHint")}
                  </Text>
                ) : (
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => onRotate(client)}
                      aria-label={t("admin.apiClients.actions.rotateFor", { clientId: client.clientId })}
                    >
                      {t("admin.apiClients.actions.rotate")}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      c="red.9"
                      onClick={() => onRevoke(client)}
                      aria-label={t("admin.apiClients.actions.revokeFor", { clientId: client.clientId })}
                    >
                      {t("admin.apiClients.actions.revoke")}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
