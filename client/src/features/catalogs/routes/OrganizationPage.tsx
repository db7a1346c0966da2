import { Anchor, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LoadingState } from "../../../components/LoadingState";
import { enumLabel } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useOrganization } from "../api/organizations";
import { DetailHeader, FieldList } from "../components/DetailHeader";
import { LoadFailure } from "../components/LoadFailure";

/** /catalogs/organizations/:id */
export function OrganizationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = "" } = useParams();
  const organization = useOrganization(id);
  const back = { backTo: "/catalogs/organizations", backLabel: t("catalogs.organizations.backToList") };

  if (organization.isPending) {
    return <LoadingState />;
  }
  if (organization.isError) {
    return (
      <LoadFailure
        error={organization.error}
        notFound={t("catalogs.organizations.notFound")}
        failed={t("catalogs.organizations.loadOneFailed")}
        onRetry={() => void organization.refetch()}
        {...back}
      />
    );
  }
  const o = organization.data;
  return (
    <Stack gap="lg">
      <DetailHeader title={localName(o, format.language)} editTo={`/catalogs/organizations/${o.id}/edit`} {...back} />
      <FieldList
        fields={[
          { label: t("catalogs.organizations.fields.name"), value: o.name },
          { label: t("catalogs.organizations.fields.nameKo"), value: o.nameKo ? <span lang="ko">{o.nameKo}</span> : "—" },
          { label: t("catalogs.organizations.fields.kind"), value: enumLabel(t, "OrganizationKind", o.kind) },
          {
            label: t("catalogs.organizations.fields.country"),
            value: (
              <Anchor component={Link} to={`/catalogs/countries/${o.countryCode}`}>
                {format.country(o.countryCode)} ({o.countryCode})
              </Anchor>
            ),
          },
          ...(o.kind === "KoreanCompany" || o.size
            ? [{ label: t("catalogs.organizations.fields.size"), value: o.size ? enumLabel(t, "CompanySize", o.size) : "—" }]
            : []),
        ]}
      />
    </Stack>
  );
}
