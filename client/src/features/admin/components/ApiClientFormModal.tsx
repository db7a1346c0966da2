import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isApiProblem } from "../../../api/problem";
import { fieldError, otherFieldErrors } from "../../../components/forms/fieldError";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { useFormat } from "../../../i18n/format";
import { apiClientScopes, useCreateApiClient, type ApiClientScope, type ApiClientWithSecret } from "../api/apiClients";
import { organizationName, type Organization } from "../api/organizations";

interface ApiClientFormModalProps {
  organizations: readonly Organization[];
  onClose: () => void;
  onCreated: (created: ApiClientWithSecret) => void;
}

const shownPaths = ["clientId", "displayName", "scopes", "organizationId"];

/** i18next reads ":" as a namespace separator, so the texts are keyed "projects_read". */
const scopeKey = (scope: ApiClientScope) => scope.replace(":", "_") as "projects_read" | "projects_write" | "catalog_write" | "audit_read" | "admin";

/** Registers a partner system; the answer's secret is shown by the caller, once. */
export function ApiClientFormModal({ organizations, onClose, onCreated }: ApiClientFormModalProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [clientId, setClientId] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [scopes, setScopes] = useState<string[]>([]);
  const [organizationId, setOrganizationId] = useState("");
  const create = useCreateApiClient();
  const error = create.error;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { clientId: clientId.trim(), displayName: displayName.trim(), scopes, organizationId: organizationId || null },
      { onSuccess: onCreated },
    );
  };

  const withFields = isApiProblem(error) && error.status === 400 && Object.keys(error.errors).length > 0;
  const scopeItemKeys = isApiProblem(error) ? Object.keys(error.errors).filter((k) => /^scopes\[/i.test(k)) : [];
  const scopesError = withFields ? [fieldError(error, "scopes"), ...scopeItemKeys.map((k) => fieldError(error, k))].filter(Boolean).join(" ") : "";
  const others = withFields ? otherFieldErrors(error, [...shownPaths, ...scopeItemKeys]) : [];

  return (
    <Modal closeButtonProps={{ "aria-label": t("common.close") }} opened onClose={onClose} title={t("admin.apiClients.form.title")} size="lg">
      <form onSubmit={submit} noValidate aria-label={t("admin.apiClients.form.title")}>
        <Stack gap="md">
          {error && !withFields && <ProblemAlert error={error} title={t("admin.apiClients.form.saveFailed")} />}
          {others.length > 0 && (
            <Alert color="red" role="alert" title={t("admin.apiClients.form.saveFailed")}>
              {others.join(" ")}
            </Alert>
          )}
          <TextInput
            label={t("admin.apiClients.form.clientId")}
            description={t("admin.apiClients.form.clientIdHint")}
            required
            autoComplete="off"
            value={clientId}
            onChange={(e) => setClientId(e.currentTarget.value)}
            error={withFields ? fieldError(error, "clientId") : undefined}
            maxLength={100}
          />
          <TextInput
            label={t("admin.apiClients.form.displayName")}
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={withFields ? fieldError(error, "displayName") : undefined}
            maxLength={200}
          />
          <Checkbox.Group label={t("admin.apiClients.form.scopes")} required value={scopes} onChange={setScopes} error={scopesError || undefined}>
            <Stack gap={6} mt={6}>
              {apiClientScopes.map((scope) => (
                <Checkbox key={scope} value={scope} label={t(`admin.apiClients.scopes.${scopeKey(scope)}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <NativeSelect
            label={t("admin.apiClients.form.organization")}
            value={organizationId}
            data={[
              { value: "", label: t("admin.apiClients.form.noOrganization") },
              ...organizations.map((o) => ({ value: o.id, label: organizationName(o, language) })),
            ]}
            onChange={(e) => setOrganizationId(e.currentTarget.value)}
            error={withFields ? fieldError(error, "organizationId") : undefined}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("common.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
