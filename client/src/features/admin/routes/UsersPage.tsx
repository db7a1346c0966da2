import { Alert, Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { isApiProblem } from "../../../api/problem";
import { useMe } from "../../../auth/me";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { PagedList } from "../../../components/table/PagedList";
import { useFormat } from "../../../i18n/format";
import { useOrganizationNames, useOrganizations } from "../api/organizations";
import { useSetUserDisabled, useUnlockUser, useUsers, type CreatedUser, type User } from "../api/users";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { OneTimeValueDialog } from "../components/OneTimeValueDialog";
import { AdminPage, ListToolbar, Notice } from "../components/AdminPage";
import { UserFilters, type UserFilterValues } from "../components/UserFilters";
import { UserFormModal } from "../components/UserFormModal";
import { UsersTable } from "../components/UsersTable";
import { nextSort } from "../../../components/url/searchParams";
import { parseUserListSearch, userApiQuery, userSearchParams, type UserListSearch } from "../searchParams";

/** The link with which an invited user sets their password (src/Api/Auth/AccountPages.cs). */
export function invitationLink(email: string, token: string, origin = window.location.origin): string {
  return `${origin}/account/invitation?${new URLSearchParams({ email, token }).toString()}`;
}

/** /admin/users: who can sign in, with their roles and organization (administrators only). */
export function UsersPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t("admin.users.title")} permission="Administer">
      <Users />
    </AdminPage>
  );
}

function Users() {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseUserListSearch(searchParams);
  const users = useUsers(userApiQuery(search));
  const organizations = useOrganizations();
  const setDisabled = useSetUserDisabled();
  const unlock = useUnlockUser();
  const me = useMe();

  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User>();
  const [disabling, setDisabling] = useState<User>();
  const [invitation, setInvitation] = useState<{ email: string; link: string }>();
  const [notice, setNotice] = useState<string>();
  const [actionError, setActionError] = useState<unknown>();

  const update = (change: Partial<UserListSearch>) => setSearchParams(userSearchParams({ ...search, ...change }));
  const filter = (values: UserFilterValues) => update({ ...values, page: 1 });

  const organizationList = organizations.data ?? [];
  const nameOf = useOrganizationNames(organizationList);

  const created = (result: CreatedUser) => {
    setCreating(false);
    setActionError(undefined);
    setNotice(t("admin.users.created", { email: result.user.email }));
    if (result.invitationToken) {
      setInvitation({ email: result.user.email, link: invitationLink(result.user.email, result.invitationToken) });
    }
  };

  const changeDisabled = (user: User, disabled: boolean) => {
    setNotice(undefined);
    setActionError(undefined);
    setDisabled.mutate(
      { user, disabled },
      {
        onSuccess: (saved) => {
          setDisabling(undefined);
          setNotice(t(disabled ? "admin.users.disabledDone" : "admin.users.enabledDone", { email: saved.email }));
        },
        onError: (error) => {
          setDisabling(undefined);
          setActionError(error);
        },
      },
    );
  };

  const doUnlock = (user: User) => {
    setNotice(undefined);
    setActionError(undefined);
    unlock.mutate(user, {
      onSuccess: (saved) => setNotice(t("admin.users.unlockedDone", { email: saved.email })),
      onError: setActionError,
    });
  };

  return (
    <Stack gap="md">
      <ListToolbar total={users.data && t("admin.users.total", { total: format.number(users.data.totalCount) })}>
        <Button onClick={() => setCreating(true)}>{t("admin.users.create")}</Button>
      </ListToolbar>
      <UserFilters values={search} organizations={organizationList} onChange={filter} />
      <Notice notice={notice} onClose={() => setNotice(undefined)} />
      {actionError !== undefined &&
        (isApiProblem(actionError) && actionError.status === 412 ? (
          <Alert color="orange" role="alert" title={t("admin.conflict.title")}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t("admin.conflict.detail")}</Text>
              <Button
                size="xs"
                variant="outline"
                onClick={() => {
                  setActionError(undefined);
                  void users.refetch();
                }}
              >
                {t("admin.conflict.reload")}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <ProblemAlert error={actionError} title={t("admin.users.actionFailed")} />
        ))}
      <PagedList query={users} search={search} update={update} loadFailed={t("admin.users.loadFailed")} empty={t("admin.users.empty")}>
        {(items) => (
          <UsersTable
            users={items}
            organizationName={nameOf}
            sort={search.sort}
            onSort={(column) => update({ sort: nextSort(search.sort, column), page: 1 })}
            onEdit={(user) => {
              setNotice(undefined);
              setEditing(user);
            }}
            onSetDisabled={(user, disabled) => {
              if (disabled) {
                setDisabled.reset();
                setDisabling(user);
              } else {
                changeDisabled(user, false);
              }
            }}
            onUnlock={doUnlock}
            selfId={me.data?.id}
          />
        )}
      </PagedList>

      {creating && <UserFormModal organizations={organizationList} onClose={() => setCreating(false)} onCreated={created} />}
      {editing && (
        <UserFormModal
          key={editing.id}
          user={editing}
          organizations={organizationList}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            setNotice(t("admin.users.updated", { email: saved.email }));
          }}
        />
      )}
      <ConfirmDialog
        opened={disabling !== undefined}
        title={t("admin.users.disable.title", { name: disabling?.displayName ?? "" })}
        body={t("admin.users.disable.body", { email: disabling?.email ?? "" })}
        confirmLabel={t("admin.users.disable.confirm")}
        pending={setDisabled.isPending}
        onConfirm={() => disabling && changeDisabled(disabling, true)}
        onCancel={() => setDisabling(undefined)}
      />
      {invitation && (
        <OneTimeValueDialog
          opened
          title={t("admin.users.invitation.title", { email: invitation.email })}
          intro={t("admin.users.invitation.intro")}
          label={t("admin.users.invitation.link")}
          value={invitation.link}
          warning={t("admin.users.invitation.warning")}
          onClose={() => setInvitation(undefined)}
        />
      )}
    </Stack>
  );
}
