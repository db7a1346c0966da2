import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { LoadingState } from "../../../components/LoadingState";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useCreateOrganization, useOrganization, useUpdateOrganization } from "../api/organizations";
import { LoadFailure } from "../components/LoadFailure";
import { OrganizationForm, organizationFormValues, organizationRequest } from "../components/OrganizationForm";
import { RequireWrite } from "../components/RequireWrite";

/** /catalogs/organizations/new */
export function NewOrganizationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganization();
  return (
    <RequireWrite>
      <Stack gap="md">
        <Title order={2}>{t("catalogs.organizations.newTitle")}</Title>
        <OrganizationForm
          initial={organizationFormValues()}
          editing={false}
          saving={create.isPending}
          error={create.error}
          cancelTo="/catalogs/organizations"
          onSubmit={(values) =>
            create.mutate(organizationRequest(values), {
              onSuccess: (organization) => void navigate(`/catalogs/organizations/${organization.id}`),
            })
          }
        />
      </Stack>
    </RequireWrite>
  );
}

/** /catalogs/organizations/:id/edit: saved against the version shown (If-Match). */
export function EditOrganizationPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const organization = useOrganization(id);
  const update = useUpdateOrganization(id);
  const detail = `/catalogs/organizations/${id}`;

  return (
    <RequireWrite>
      {organization.isPending ? (
        <LoadingState />
      ) : organization.isError && !organization.data ? (
        <LoadFailure
          error={organization.error}
          notFound={t("catalogs.organizations.notFound")}
          failed={t("catalogs.organizations.loadOneFailed")}
          backTo="/catalogs/organizations"
          backLabel={t("catalogs.organizations.backToList")}
          onRetry={() => void organization.refetch()}
        />
      ) : (
        <Stack gap="md">
          <Title order={2}>{t("catalogs.organizations.editNamed", { name: localName(organization.data, language) })}</Title>
          <OrganizationForm
            key={organization.data.id}
            initial={organizationFormValues(organization.data)}
            editing
            saving={update.isPending}
            error={update.error}
            cancelTo={detail}
            loadCurrent={async () => {
              const current = await organization.refetch({ throwOnError: true });
              return organizationFormValues(current.data);
            }}
            onConflictResolved={() => update.reset()}
            onSubmit={(values) =>
              update.mutate(
                { version: organization.data.version, body: organizationRequest(values) },
                { onSuccess: () => void navigate(detail) },
              )
            }
          />
        </Stack>
      )}
    </RequireWrite>
  );
}
