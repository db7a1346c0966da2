import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { LoadingState } from "../../../components/LoadingState";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useCountry, useCreateCountry, useUpdateCountry } from "../api/countries";
import { CountryForm, countryFormValues, countryRequest } from "../components/CountryForm";
import { LoadFailure } from "../components/LoadFailure";
import { RequireWrite } from "../components/RequireWrite";

/** /catalogs/countries/new */
export function NewCountryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCountry();
  return (
    <RequireWrite>
      <Stack gap="md">
        <Title order={2}>{t("catalogs.countries.newTitle")}</Title>
        <CountryForm
          initial={countryFormValues()}
          editing={false}
          saving={create.isPending}
          error={create.error}
          cancelTo="/catalogs/countries"
          onSubmit={(values) =>
            create.mutate(countryRequest(values), { onSuccess: (country) => void navigate(`/catalogs/countries/${country.code}`) })
          }
        />
      </Stack>
    </RequireWrite>
  );
}

/** /catalogs/countries/:code/edit: saved against the version shown (If-Match). */
export function EditCountryPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const navigate = useNavigate();
  const { code = "" } = useParams();
  const country = useCountry(code);
  const update = useUpdateCountry(code.toUpperCase());
  const detail = `/catalogs/countries/${code.toUpperCase()}`;

  return (
    <RequireWrite>
      {country.isPending ? (
        <LoadingState />
      ) : country.isError && !country.data ? (
        <LoadFailure
          error={country.error}
          notFound={t("catalogs.countries.notFound", { code: code.toUpperCase() })}
          failed={t("catalogs.countries.loadOneFailed")}
          backTo="/catalogs/countries"
          backLabel={t("catalogs.countries.backToList")}
          onRetry={() => void country.refetch()}
        />
      ) : (
        <Stack gap="md">
          <Title order={2}>{t("catalogs.countries.editNamed", { name: localName(country.data, language) })}</Title>
          <CountryForm
            key={country.data.code}
            initial={countryFormValues(country.data)}
            editing
            saving={update.isPending}
            error={update.error}
            cancelTo={detail}
            loadCurrent={async () => {
              const current = await country.refetch({ throwOnError: true });
              return countryFormValues(current.data);
            }}
            onConflictResolved={() => update.reset()}
            onSubmit={(values) => {
              const { code: _code, ...body } = countryRequest(values);
              update.mutate({ version: country.data.version, body }, { onSuccess: () => void navigate(detail) });
            }}
          />
        </Stack>
      )}
    </RequireWrite>
  );
}
