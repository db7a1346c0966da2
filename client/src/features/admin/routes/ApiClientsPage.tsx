import { Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { PagedList } from "../../../components/table/PagedList";
import { useFormat } from "../../../i18n/format";
import { useApiClients, useRevokeApiClient, useRotateApiClientSecret, type ApiClient, type ApiClientWithSecret } from "../api/apiClients";
import { useOrganizationNames, useOrganizations } from "../api/organizations";
import { ApiClientFormModal } from "../components/ApiClientFormModal";
import { ApiClientsTable } from "../components/ApiClientsTable";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { OneTimeValueDialog } from "../components/OneTimeValueDialog";
import { AdminPage, ListToolbar, Notice } from "../components/AdminPage";
import { pagingParams, parsePagingSearch } from "../searchParams";

/** /admin/api-clients: the partner systems that call the API (administrators only). */
export function ApiClientsPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t("admin.apiClients.title")} permission="Administer">
      <ApiClients />
    </AdminPage>
  );
}

function ApiClients() {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parsePagingSearch(searchParams);
  const clients = useApiClients(search.page, search.pageSize);
  const organizations = useOrganizations();
  const rotate = useRotateApiClientSecret();
  const revoke = useRevokeApiClient();

  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<ApiClient>();
  const [revoking, setRevoking] = useState<ApiClient>();
  const [secret, setSecret] = useState<ApiClientWithSecret>();
  const [notice, setNotice] = useState<string>();

  const nameOf = useOrganizationNames(organizations.data);

  const confirmRotate = () => {
    if (!rotating) return;
    rotate.mutate(rotating.clientId, {
      onSuccess: (result) => {
        setRotating(undefined);
        setSecret(result);
      },
    });
  };

  const confirmRevoke = () => {
    if (!revoking) return;
    const { clientId } = revoking;
    revoke.mutate(clientId, {
      onSuccess: () => {
        setRevoking(undefined);
        setNotice(t("admin.apiClients.revoked", { clientId }));
      },
    });
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t("admin.apiClients.intro")}</Text>
      <ListToolbar total={clients.data && t("admin.apiClients.total", { total: format.number(clients.data.totalCount) })}>
        <Button
          onClick={() => {
            setNotice(undefined);
            setCreating(true);
          }}
        >
          {t("admin.apiClients.create")}
        </Button>
      </ListToolbar>
      <Notice notice={notice} onClose={() => setNotice(undefined)} />
      <PagedList query={clients} search={search} update={(change) => setSearchParams(pagingParams({ ...search, ...change }))} loadFailed={t("admin.apiClients.loadFailed")} empty={t("admin.apiClients.empty")}>
        {(items) => (
          <ApiClientsTable
            clients={items}
            organizationName={nameOf}
            onRotate={(client) => {
              rotate.reset();
              setRotating(client);
            }}
            onRevoke={(client) => {
              revoke.reset();
              setRevoking(client);
            }}
          />
        )}
      </PagedList>

      {creating && (
        <ApiClientFormModal
          organizations={organizations.data ?? []}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setSecret(created);
          }}
        />
      )}
      <ConfirmDialog
        opened={rotating !== undefined}
        title={t("admin.apiClients.rotate.title", { clientId: rotating?.clientId ?? "" })}
        body={t("admin.apiClients.rotate.body")}
        confirmLabel={t("admin.apiClients.rotate.confirm")}
        pending={rotate.isPending}
        error={rotate.error ?? undefined}
        errorTitle={t("admin.apiClients.actionFailed")}
        onConfirm={confirmRotate}
        onCancel={() => setRotating(undefined)}
      />
      <ConfirmDialog
        opened={revoking !== undefined}
        title={t("admin.apiClients.revoke.title", { clientId: revoking?.clientId ?? "" })}
        body={t("admin.apiClients.revoke.body")}
        confirmLabel={t("admin.apiClients.revoke.confirm")}
        pending={revoke.isPending}
        error={revoke.error ?? undefined}
        errorTitle={t("admin.apiClients.actionFailed")}
        onConfirm={confirmRevoke}
        onCancel={() => setRevoking(undefined)}
      />
      {secret && (
        <OneTimeValueDialog
          opened
          title={t("admin.apiClients.secret.title", { clientId: secret.client.clientId })}
          intro={t("admin.apiClients.secret.intro")}
          label={t("admin.apiClients.secret.label")}
          value={secret.clientSecret}
          warning={t("admin.apiClients.secret.warning")}
          onClose={() => setSecret(undefined)}
        />
      )}
    </Stack>
  );
}
