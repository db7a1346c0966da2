import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { LoadingState } from "../../../components/LoadingState";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useCreateSolution, useSolution, useUpdateSolution } from "../api/solutions";
import { LoadFailure } from "../components/LoadFailure";
import { RequireWrite } from "../components/RequireWrite";
import { SolutionForm, solutionFormValues, solutionRequest } from "../components/SolutionForm";

/** /catalogs/solutions/new */
export function NewSolutionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSolution();
  return (
    <RequireWrite>
      <Stack gap="md">
        <Title order={2}>{t("catalogs.solutions.newTitle")}</Title>
        <SolutionForm
          initial={solutionFormValues()}
          editing={false}
          saving={create.isPending}
          error={create.error}
          cancelTo="/catalogs/solutions"
          onSubmit={(values) =>
            create.mutate(solutionRequest(values), { onSuccess: (solution) => void navigate(`/catalogs/solutions/${solution.id}`) })
          }
        />
      </Stack>
    </RequireWrite>
  );
}

/** /catalogs/solutions/:id/edit: saved against the version shown (If-Match). */
export function EditSolutionPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const solution = useSolution(id);
  const update = useUpdateSolution(id);
  const detail = `/catalogs/solutions/${id}`;

  return (
    <RequireWrite>
      {solution.isPending ? (
        <LoadingState />
      ) : solution.isError && !solution.data ? (
        <LoadFailure
          error={solution.error}
          notFound={t("catalogs.solutions.notFound")}
          failed={t("catalogs.solutions.loadOneFailed")}
          backTo="/catalogs/solutions"
          backLabel={t("catalogs.solutions.backToList")}
          onRetry={() => void solution.refetch()}
        />
      ) : (
        <Stack gap="md">
          <Title order={2}>{t("catalogs.solutions.editNamed", { name: localName(solution.data, language) })}</Title>
          <SolutionForm
            key={solution.data.id}
            initial={solutionFormValues(solution.data)}
            editing
            saving={update.isPending}
            error={update.error}
            cancelTo={detail}
            loadCurrent={async () => {
              const current = await solution.refetch({ throwOnError: true });
              return solutionFormValues(current.data);
            }}
            onConflictResolved={() => update.reset()}
            onSubmit={(values) =>
              update.mutate({ version: solution.data.version, body: solutionRequest(values) }, { onSuccess: () => void navigate(detail) })
            }
          />
        </Stack>
      )}
    </RequireWrite>
  );
}
