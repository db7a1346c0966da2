import { Badge, Button, Group, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import { enumLabel } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { isLockedOut, type User } from "../api/users";
import type { UserSortColumn } from "../searchParams";
import { SortableHeader } from "../../../components/table/SortableHeader";
import classes from "../../../components/table/table.module.css";

interface UsersTableProps {
  users: readonly User[];
  organizationName: (id: string) => string;
  sort: string | undefined;
  onSort: (column: UserSortColumn) => void;
  onEdit: (user: User) => void;
  onSetDisabled: (user: User, disabled: boolean) => void;
  onUnlock: (user: User) => void;
  /** The signed-in user, who cannot disable themselves (the API refuses it). */
  selfId?: string;
}

const roleNames = new Set<string>(["Administrator", "AgencyOfficer", "CompanyMember", "Analyst"]);

export function UsersTable({ users, organizationName, sort, onSort, onEdit, onSetDisabled, onUnlock, selfId }: UsersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover>
        <Table.Caption>{t("admin.users.tableCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader column="email" label={t("admin.users.columns.email")} sort={sort} onSort={onSort} />
            <SortableHeader column="displayName" label={t("admin.users.columns.displayName")} sort={sort} onSort={onSort} />
            <Table.Th>{t("admin.users.columns.roles")}</Table.Th>
            <Table.Th>{t("admin.users.columns.organization")}</Table.Th>
            <Table.Th>{t("admin.users.columns.status")}</Table.Th>
            <SortableHeader column="createdAt" label={t("admin.users.columns.createdAt")} sort={sort} onSort={onSort} />
            <Table.Th>{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const locked = isLockedOut(user);
            return (
              <Table.Tr key={user.id}>
                <Table.Td className={classes.mono}>{user.email}</Table.Td>
                <Table.Td>{user.displayName}</Table.Td>
                <Table.Td>
                  {user.roles
                    .map((role) => (roleNames.has(role) ? enumLabel(t, "Role", role as Schema<"Role">) : role))
                    .join(", ")}
                </Table.Td>
                <Table.Td>{user.organizationId ? organizationName(user.organizationId) : "—"}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="wrap">
                    {user.isDisabled ? (
                      <Badge color="gray.7" variant="filled" className={classes.badge}>
                        {t("admin.users.badges.disabled")}
                      </Badge>
                    ) : (
                      <Badge color="teal.9" variant="filled" className={classes.badge}>
                        {t("admin.users.badges.active")}
                      </Badge>
                    )}
                    {locked && (
                      <Badge
                        color="red.9"
                        variant="filled"
                        className={classes.badge}
                        title={t("admin.users.lockedOutUntil", { until: format.date(user.lockedOutUntil!, { dateStyle: "medium", timeStyle: "short" }) })}
                      >
                        {t("admin.users.badges.lockedOut")}
                      </Badge>
                    )}
                    {user.twoFactorEnabled && (
                      <Badge color="blue.9" variant="outline" className={classes.badge}>
                        {t("admin.users.badges.twoFactor")}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td className={classes.nowrap}>{format.date(user.createdAt)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-sm" variant="default" onClick={() => onEdit(user)} aria-label={t("admin.users.actions.edit", { name: user.displayName })}>
                      {t("common.edit")}
                    </Button>
                    {user.isDisabled ? (
                      <Button size="compact-sm" variant="default" onClick={() => onSetDisabled(user, false)}>
                        {t("admin.users.actions.enable")}
                      </Button>
                    ) : user.id === selfId ? null : (
                      <Button size="compact-sm" variant="default" c="red.9" onClick={() => onSetDisabled(user, true)}>
                        {t("admin.users.actions.disable")}
                      </Button>
                    )}
                    {locked && (
                      <Button size="compact-sm" variant="default" onClick={() => onUnlock(user)}>
                        {t("admin.users.actions.unlock")}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
