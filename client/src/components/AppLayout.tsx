import { AppShell, Burger, Button, Group, NavLink, Text, Title, VisuallyHidden } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { can, useMe } from "../auth/me";
import { signOut } from "../auth/signIn";
import { LanguageSwitch } from "./LanguageSwitch";
import classes from "./AppLayout.module.css";

/** The signed-in frame: header (language, user, sign-out), navigation and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const me = useMe();

  const sections = [
    { to: "/board", label: t("nav.board") },
    { to: "/projects", label: t("nav.projects") },
    { to: "/catalogs", label: t("nav.catalogs") },
    { to: "/dashboard", label: t("nav.dashboard") },
    { to: "/admin", label: t("nav.administration"), hidden: !(can(me.data, "Administer") || can(me.data, "ReadAudit")) },
  ].filter((section) => !section.hidden);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: "md", collapsed: { mobile: !opened } }} padding="md">
      <a className={classes.skipLink} href="#main">
        {t("app.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t("app.toggleNavigation")} />
            <Title order={2} size="h4">
              {t("app.name")}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t("app.tagline")}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {me.data && (
              <div>
                <VisuallyHidden>{t("auth.signedInAs", { name: me.data.displayName })}</VisuallyHidden>
                <Text size="sm" fw={500} aria-hidden>
                  {me.data.displayName}
                </Text>
              </div>
            )}
            <Button size="xs" variant="default" onClick={() => void signOut()}>
              {t("auth.signOut")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t("nav.label")}>
        {sections.map((section) => {
          const active = pathname === section.to || pathname.startsWith(`${section.to}/`);
          return (
            <NavLink
              key={section.to}
              component={Link}
              to={section.to}
              label={section.label}
              active={active}
              aria-current={active ? "page" : undefined}
              onClick={close}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
