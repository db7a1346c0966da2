import { Button, Group, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation } from "react-router";

const sections = [
  { path: "/admin/users", key: "users" },
  { path: "/admin/api-clients", key: "apiClients" },
  { path: "/admin/audit", key: "audit" },
] as const;

/** /admin: the section's heading and its sub-navigation above the page. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap="md">
      <Title order={1}>{t("admin.title")}</Title>
      <nav aria-label={t("admin.nav.label")}>
        <Group gap="xs" wrap="wrap">
          {sections.map((section) => {
            const active = pathname === section.path || pathname.startsWith(`${section.path}/`);
            return (
              <Button key={section.key} component={NavLink} to={section.path} variant={active ? "filled" : "subtle"}>
                {t(`admin.nav.${section.key}`)}
              </Button>
            );
          })}
        </Group>
      </nav>
      <Outlet />
    </Stack>
  );
}
