import { Alert, Anchor, Button, Fieldset, Group, NativeSelect, Paper, Select, SimpleGrid, Stack, TagsInput, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { Schema } from "../../../api/client";
import { isApiProblem } from "../../../api/problem";
import { useCan, useMe } from "../../../auth/me";
import { fieldError, otherFieldErrors } from "../../../components/forms/fieldError";
import { LoadingState } from "../../../components/LoadingState";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { enumOptions } from "../../../i18n/enumLabels";
import { createProject } from "../api/createProject";
import { projectQueryKey } from "../api/getProject";
import { projectsQueryKey } from "../api/listProjects";
import { localName, useOrganizations } from "../api/referenceData";
import { ProjectFields, projectFieldPaths } from "../components/ProjectFields";
import { emptyCreateValues, toCreateRequest, type CreateValues, type InquiryValues } from "../projectForm";

const inquiryPaths = ["inquiry", "inquiry.channel", "inquiry.receivedOn", "inquiry.requestingOrganizationId", "inquiry.requestedAreas"];

/** /projects/new: opens a project in the Inquiry stage with how the inquiry came in. */
export function NewProjectPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const mayCreate = useCan("CreateProjects");
  const foreignBodies = useOrganizations("ForeignGovernmentBody");
  const [values, setValues] = useState<CreateValues>(emptyCreateValues);

  const create = useMutation({
    mutationFn: () => createProject(toCreateRequest(values)),
    onSuccess: (project) => {
      queryClient.setQueryData(projectQueryKey(project.id), project);
      void queryClient.invalidateQueries({ queryKey: [...projectsQueryKey, "list"] });
      void navigate(`/projects/${project.id}`);
    },
  });
  const setInquiry = (change: Partial<InquiryValues>) => setValues((v) => ({ ...v, inquiry: { ...v.inquiry, ...change } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const error = create.error;
  const others = otherFieldErrors(error, [...projectFieldPaths, ...inquiryPaths]);

  const heading = <Title order={1}>{t("projects.create.title")}</Title>;
  if (me.isPending) {
    return <LoadingState />;
  }
  if (!mayCreate) {
    return (
      <Stack>
        {heading}
        <Alert color="red" role="alert">
          {t("projects.create.notAllowed")}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/projects" size="sm">
        ← {t("projects.detail.backToList")}
      </Anchor>
      {heading}
      <Paper withBorder p="md">
        <form onSubmit={submit} aria-label={t("projects.create.title")} noValidate>
          <Stack gap="md">
            {isApiProblem(error) && error.status === 400 ? (
              <Alert color="red" variant="light" role="alert" title={t("projects.create.failed")}>
                {others.length > 0 ? others.join(" ") : t("projects.edit.fixFields")}
              </Alert>
            ) : (
              error && <ProblemAlert error={error} title={t("projects.create.failed")} />
            )}
            <ProjectFields values={values} onChange={(change) => setValues((v) => ({ ...v, ...change }))} error={error} />
            <Fieldset legend={t("projects.create.inquiry")}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <NativeSelect
                  label={t("projects.fields.inquiryChannel")}
                  required
                  value={values.inquiry.channel ?? ""}
                  data={[{ value: "", label: t("projects.create.choose") }, ...enumOptions(t, "InquiryChannel")]}
                  onChange={(e) => setInquiry({ channel: (e.currentTarget.value || null) as Schema<"InquiryChannel"> | null })}
                  error={fieldError(error, "inquiry.channel")}
                />
                <TextInput
                  type="date"
                  label={t("projects.fields.inquiryReceivedOn")}
                  required
                  value={values.inquiry.receivedOn}
                  onChange={(e) => setInquiry({ receivedOn: e.currentTarget.value })}
                  error={fieldError(error, "inquiry.receivedOn")}
                />
                <Select
                  label={t("projects.fields.requestingOrganization")}
                  description={t("projects.create.requestingHint")}
                  required
                  searchable
                  value={values.inquiry.requestingOrganizationId}
                  onChange={(requestingOrganizationId) => setInquiry({ requestingOrganizationId })}
                  data={(foreignBodies.data ?? []).map((o) => ({ value: o.id, label: localName(o, language) }))}
                  error={fieldError(error, "inquiry.requestingOrganizationId")}
                />
                <TagsInput
                  label={t("projects.fields.requestedAreas")}
                  description={t("projects.fields.tagsHint")}
                  value={values.inquiry.requestedAreas}
                  onChange={(requestedAreas) => setInquiry({ requestedAreas })}
                  error={fieldError(error, "inquiry.requestedAreas")}
                />
              </SimpleGrid>
            </Fieldset>
            <Group gap="sm">
              <Button type="submit" loading={create.isPending}>
                {t("projects.create.submit")}
              </Button>
              <Button variant="default" component={Link} to="/projects">
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
