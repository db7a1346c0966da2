import { Anchor, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LoadingState } from "../../../components/LoadingState";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { stageLabel } from "../../../i18n/enumLabels";
import { getProject, type Project } from "../api/getProject";
import { listProjects, projectsQueryKey, type ListProjectsQuery } from "../api/listProjects";

/** How far up the chain is walked; a longer chain says there is more. */
const maxAncestors = 10;

/** The projects this one grew out of, nearest first, walking up `followsProjectId`. */
async function ancestorsOf(project: Project, signal: AbortSignal): Promise<{ chain: Project[]; more: boolean }> {
  const chain: Project[] = [];
  const seen = new Set([project.id]);
  let next = project.followsProjectId;
  while (next && !seen.has(next)) {
    if (chain.length === maxAncestors) {
      return { chain, more: true };
    }
    const previous = await getProject(next, signal);
    chain.push(previous);
    seen.add(previous.id);
    next = previous.followsProjectId;
  }
  return { chain, more: false };
}

/** The follow-on chain: the projects this one grew out of, and the projects that follow it. */
export function FollowOnSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const ancestors = useQuery({
    queryKey: [...projectsQueryKey, "ancestors", project.id, project.followsProjectId ?? null],
    queryFn: ({ signal }) => ancestorsOf(project, signal),
    enabled: Boolean(project.followsProjectId),
  });
  const followersQuery: ListProjectsQuery = { page: 1, pageSize: 100, sort: "code", followsProjectId: project.id };
  const followers = useQuery({
    queryKey: [...projectsQueryKey, "list", followersQuery],
    queryFn: ({ signal }) => listProjects(followersQuery, signal),
  });

  const link = (p: { id: string; code: string; title: string; stage: Project["stage"] }) => (
    <>
      <Anchor component={Link} to={`/projects/${p.id}`}>
        {p.code} · {p.title}
      </Anchor>{" "}
      <Text span size="sm" c="dimmed">
        ({stageLabel(t, p.stage)})
      </Text>
    </>
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="chain-heading">
      <Stack gap="sm">
        <Title order={2} id="chain-heading" size="h3">
          {t("projects.chain.title")}
        </Title>
        <Title order={3} size="h5">
          {t("projects.chain.follows")}
        </Title>
        {!project.followsProjectId ? (
          <Text size="sm" c="dimmed">
            {t("projects.chain.followsNone")}
          </Text>
        ) : ancestors.isPending ? (
          <LoadingState />
        ) : ancestors.isError ? (
          <ProblemAlert error={ancestors.error} title={t("projects.chain.loadFailed")} onRetry={() => void ancestors.refetch()} />
        ) : (
          <ol aria-label={t("projects.chain.follows")} style={{ margin: 0 }}>
            {ancestors.data.chain.map((p) => (
              <li key={p.id}>{link(p)}</li>
            ))}
            {ancestors.data.more && <li>{t("projects.chain.more")}</li>}
          </ol>
        )}
        <Title order={3} size="h5">
          {t("projects.chain.followers")}
        </Title>
        {followers.isPending ? (
          <LoadingState />
        ) : followers.isError ? (
          <ProblemAlert error={followers.error} title={t("projects.chain.loadFailed")} onRetry={() => void followers.refetch()} />
        ) : followers.data.items.filter((p) => p.id !== project.id).length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("projects.chain.followersNone")}
          </Text>
        ) : (
          <ul aria-label={t("projects.chain.followers")} style={{ margin: 0 }}>
            {followers.data.items
              .filter((p) => p.id !== project.id)
              .map((p) => (
                <li key={p.id}>{link(p)}</li>
              ))}
          </ul>
        )}
      </Stack>
    </Paper>
  );
}
