import { Anchor, Badge, Button, Group, Menu, Stack, Text, Title } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { stages, type Stage } from "../../../api/enums";
import { isApiProblem } from "../../../api/problem";
import { useCan } from "../../../auth/me";
import { LoadingState } from "../../../components/LoadingState";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { stageLabel, statusLabel } from "../../../i18n/enumLabels";
import { MoveProjectDialog } from "../../board/components/MoveProjectDialog";
import { useProject, type Project } from "../api/getProject";
import { AuditSection } from "../components/AuditSection";
import { ConsortiumSection } from "../components/ConsortiumSection";
import { FollowOnSection } from "../components/FollowOnSection";
import { FundingSection } from "../components/FundingSection";
import { OverviewSection } from "../components/OverviewSection";
import { projectAllowsEdit } from "../components/projectNames";
import { isClosed, StatusDialog } from "../components/StatusDialog";
import { TimelineSection } from "../components/TimelineSection";
import { useProjectChanged } from "../components/useProjectChanged";

/** /projects/:id: one project with its timeline, consortium, funding, follow-on chain and history. */
export function ProjectDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const project = useProject(id);
  const back = (
    <Anchor component={Link} to="/projects" size="sm">
      ← {t("projects.detail.backToList")}
    </Anchor>
  );

  if (project.isPending) {
    return <LoadingState />;
  }
  if (project.isError) {
    const notFound = isApiProblem(project.error) && (project.error.status === 404 || project.error.status === 400);
    return (
      <Stack gap="md">
        {back}
        {notFound ? (
          <>
            <Title order={1}>{t("projects.detail.notFoundTitle")}</Title>
            <Text>{t("projects.detail.notFound")}</Text>
          </>
        ) : (
          <>
            <Title order={1}>{t("projects.detail.title")}</Title>
            <ProblemAlert error={project.error} title={t("projects.detail.loadFailed")} onRetry={() => void project.refetch()} />
          </>
        )}
      </Stack>
    );
  }
  return <ProjectDetail project={project.data} back={back} />;
}

function ProjectDetail({ project, back }: { project: Project; back: ReactNode }) {
  const { t } = useTranslation();
  const mayEdit = useCan("EditProjects");
  const canEdit = mayEdit && projectAllowsEdit(project);
  const [statusOpen, setStatusOpen] = useState(false);
  const [moveTo, setMoveTo] = useState<Stage | null>(null);
  const projectChanged = useProjectChanged(project.id);
  const closed = isClosed(project.status);

  return (
    <Stack gap="lg">
      {back}
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Text c="dimmed" ff="monospace">
            {project.code}
          </Text>
          <Title order={1}>{project.title}</Title>
          <Group gap="xs">
            <Badge variant="light">{stageLabel(t, project.stage)}</Badge>
            <Badge variant="outline" color={closed ? "gray.7" : project.status === "OnHold" ? "orange.9" : "teal.9"}>
              {statusLabel(t, project.status)}
            </Badge>
          </Group>
        </Stack>
        {canEdit && (
          <Group gap="sm">
            {project.status === "Active" && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button>{t("projects.move.button")}</Button>
                </Menu.Target>
                <Menu.Dropdown aria-label={t("projects.move.menu")}>
                  {stages
                    .filter((stage) => stage !== project.stage)
                    .map((stage) => (
                      <Menu.Item key={stage} onClick={() => setMoveTo(stage)}>
                        {stageLabel(t, stage)}
                      </Menu.Item>
                    ))}
                </Menu.Dropdown>
              </Menu>
            )}
            <Button variant={closed ? "filled" : "default"} onClick={() => setStatusOpen(true)}>
              {closed ? t("projects.status.reopenButton") : t("projects.status.changeButton")}
            </Button>
          </Group>
        )}
      </Group>
      <OverviewSection project={project} canEdit={canEdit} />
      <TimelineSection project={project} />
      <ConsortiumSection project={project} canEdit={canEdit} />
      <FundingSection project={project} canEdit={canEdit} />
      <FollowOnSection project={project} />
      <AuditSection projectId={project.id} />
      {canEdit && (
        <MoveProjectDialog
          project={project}
          toStage={moveTo}
          opened={moveTo !== null}
          onClose={() => setMoveTo(null)}
          onMoved={(moved) => projectChanged(moved)}
        />
      )}
      {canEdit && <StatusDialog project={project} opened={statusOpen} onClose={() => setStatusOpen(false)} />}
    </Stack>
  );
}
