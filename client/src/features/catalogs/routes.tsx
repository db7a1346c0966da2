import { Navigate, type RouteObject } from "react-router";
import { CatalogsLayout } from "./routes/CatalogsLayout";

/** The catalogs section's pages, under /catalogs: countries, organizations and solutions. */
export const catalogsRoutes: RouteObject[] = [
  {
    element: <CatalogsLayout />,
    children: [
      { index: true, element: <Navigate to="countries" replace /> },
      { path: "countries", lazy: async () => ({ Component: (await import("./routes/CountriesPage")).CountriesPage }) },
      { path: "countries/new", lazy: async () => ({ Component: (await import("./routes/CountryFormPage")).NewCountryPage }) },
      { path: "countries/:code", lazy: async () => ({ Component: (await import("./routes/CountryPage")).CountryPage }) },
      { path: "countries/:code/edit", lazy: async () => ({ Component: (await import("./routes/CountryFormPage")).EditCountryPage }) },
      { path: "organizations", lazy: async () => ({ Component: (await import("./routes/OrganizationsPage")).OrganizationsPage }) },
      {
        path: "organizations/new",
        lazy: async () => ({ Component: (await import("./routes/OrganizationFormPage")).NewOrganizationPage }),
      },
      { path: "organizations/:id", lazy: async () => ({ Component: (await import("./routes/OrganizationPage")).OrganizationPage }) },
      {
        path: "organizations/:id/edit",
        lazy: async () => ({ Component: (await import("./routes/OrganizationFormPage")).EditOrganizationPage }),
      },
      { path: "solutions", lazy: async () => ({ Component: (await import("./routes/SolutionsPage")).SolutionsPage }) },
      { path: "solutions/new", lazy: async () => ({ Component: (await import("./routes/SolutionFormPage")).NewSolutionPage }) },
      { path: "solutions/:id", lazy: async () => ({ Component: (await import("./routes/SolutionPage")).SolutionPage }) },
      { path: "solutions/:id/edit", lazy: async () => ({ Component: (await import("./routes/SolutionFormPage")).EditSolutionPage }) },
    ],
  },
];
