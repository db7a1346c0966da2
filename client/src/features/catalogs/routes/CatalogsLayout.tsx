import { Button, Group, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";

/** /catalogs: the heading, links between the three catalogs, and the catalog's page. */
export function CatalogsLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const catalogs = [
    { to: "/catalogs/countries", label: t("catalogs.nav.countries") },
    { to: "/catalogs/organizations", label: t("catalogs.nav.organizations") },
    { to: "/catalogs/solutions", label: t("catalogs.nav.solutions") },
  ];
  return (
    <Stack gap="md">
      <Title order={1}>{t("catalogs.title")}</Title>
      <nav aria-label={t("catalogs.nav.label")}>
        <Group gap="xs" wrap="wrap">
          {catalogs.map((catalog) => {
            const current = pathname === catalog.to || pathname.startsWith(`${catalog.to}/`);
            return (
              <Button
                key={catalog.to}
                component={Link}
                to={catalog.to}
                variant={current ? "filled" : "default"}
                aria-current={current ? "page" : undefined}
              >
                {catalog.label}
              </Button>
            );
          })}
        </Group>
      </nav>
      <Outlet />
    </Stack>
  );
}
