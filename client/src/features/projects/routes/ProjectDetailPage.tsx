import { Anchor, Badge, Button, Group, Menu, Stack, Text, Title } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ProjectStatus } from "../../../api/enums";
import { isApiProblem } from "../../../api/problem";
import { useCan } from "../../../auth/me";
import { LoadingState } from "../../../components/LoadingState";
import type { MoveOption } from "../../../components/moves/api";
import { MoveProjectDialog } from "../../../components/moves/MoveProjectDialog";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { stageLabel, statusLabel } from "../../../i18n/enumLabels";
import { useProject, type Project } from "../api/getProject";
import { AuditSection } from "../components/AuditSection";
import { ConsortiumSection } from "../components/ConsortiumSection";
import { FollowOnSection } from "../components/FollowOnSection";
import { FundingSection } from "../components/FundingSection";
import { OverviewSection } from "../components/OverviewSection";
import { projectAllowsEdit } from "../components/projectNames";
import { reopensOnly, StatusDialog } from "../components/StatusDialog";
import { TimelineSection } from "../components/TimelineSection";
import { useProjectChanged } from "../components/useProjectChanged";

/** The status badge's colour: closed statuses grey, on hold orange, active green. */
const statusColors: Record<ProjectStatus, string> = {
  Active: "teal.9",
  OnHold: "orange.9",
  Lost: "gray.7",
  Withdrawn: "gray.7",
  Completed: "gray.7",
};

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
  const [moveTo, setMoveTo] = useState<MoveOption | null>(null);
  const projectChanged = useProjectChanged(project.id);
  const reopening = reopensOnly(project);

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
            <Badge variant="outline" color={statusColors[project.status]}>
              {statusLabel(t, project.status)}
            </Badge>
          </Group>
        </Stack>
        {canEdit && (
          <Group gap="sm">
            {project.moveOptions.length > 0 && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button>{t("projects.move.button")}</Button>
                </Menu.Target>
                <Menu.Dropdown aria-label={t("projects.move.menu")}>
                  {project.moveOptions.map((option) => (
                    <Menu.Item key={option.toStage} onClick={() => setMoveTo(option)}>
                      {stageLabel(t, option.toStage)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
            {project.statusOptions.length > 0 && (
              <Button variant={reopening ? "filled" : "default"} onClick={() => setStatusOpen(true)}>
                {reopening ? t("projects.status.reopenButton") : t("projects.status.changeButton")}
              </Button>
            )}
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
          option={moveTo}
          opened={moveTo !== null}
          onClose={() => setMoveTo(null)}
          onMoved={(moved) => projectChanged(moved)}
        />
      )}
      {canEdit && <StatusDialog project={project} opened={statusOpen} onClose={() => setStatusOpen(false)} />}
    </Stack>
  );
}
