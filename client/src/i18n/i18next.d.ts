import type { en } from "./resources";

/** Makes t("...") check its key against the English resources at compile time. */
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
  }
}
