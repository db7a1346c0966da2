import adminEn from "../features/admin/locales/en.json";
import adminKo from "../features/admin/locales/ko.json";
import boardEn from "../features/board/locales/en.json";
import boardKo from "../features/board/locales/ko.json";
import catalogsEn from "../features/catalogs/locales/en.json";
import catalogsKo from "../features/catalogs/locales/ko.json";
import dashboardEn from "../features/dashboard/locales/en.json";
import dashboardKo from "../features/dashboard/locales/ko.json";
import projectsEn from "../features/projects/locales/en.json";
import projectsKo from "../features/projects/locales/ko.json";
import movesEn from "../components/moves/locales/en.json";
import movesKo from "../components/moves/locales/ko.json";
import coreEn from "./locales/en.json";
import coreKo from "./locales/ko.json";

/**
 * Every text of the app, by language. The shared texts live in ./locales; each feature keeps its own
 * in features/<feature>/locales and is reached under its name: t("board.title"); a shared part with
 * texts of its own (components/moves) likewise: t("moves.title").
 */
export const en = {
  ...coreEn,
  admin: adminEn,
  board: boardEn,
  catalogs: catalogsEn,
  dashboard: dashboardEn,
  moves: movesEn,
  projects: projectsEn,
};

export const ko = {
  ...coreKo,
  admin: adminKo,
  board: boardKo,
  catalogs: catalogsKo,
  dashboard: dashboardKo,
  moves: movesKo,
  projects: projectsKo,
};
