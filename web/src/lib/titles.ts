// The browser tab's title for each page, so that tabs, history and
// bookmarks tell pages apart: "审核队列 · 蓝图", "任务 #12 · 蓝图". Keyed by the
// route's path pattern (app.tsx ROUTES); a route missing here falls back to
// the app's name and tagline.
import type { T } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";

const TITLES: Record<string, MessageKey> = {
  "/": "overview.title",
  "/reader": "reader.title",
  "/reader/:id": "reader.title",
  "/commitments": "list.title",
  "/commitments/:id": "item.title",
  "/review": "review.title",
  "/documents": "docs.title",
  "/reporting": "reporting.title",
  "/admin/users": "users.title",
  "/inbox": "inbox.title",
  "/supervision": "cycle.title",
  "/assessment": "assess.title",
  "/public": "public.title",
  "/public/commitments/:id": "public.itemTitle",
  "/signin": "signin.title",
  // not a route: what a user with a one-time password sees on every path
  "/change-password": "password.title",
};

/** What the page is, for document.title: a route pattern with its params, or the 404 and 403 pages. */
export type TitleOf =
  { route: string; params: Record<string, string> } | "not-found" | "forbidden" | "loading";

export function pageTitle(t: T, of: TitleOf): string {
  const app = t("app.name");
  if (of === "loading") return `${app} · ${t("app.tagline")}`;
  if (of === "not-found") return `${t("notFound.title")} · ${app}`;
  if (of === "forbidden") return `${t("forbidden.title")} · ${app}`;
  const key = TITLES[of.route];
  return key ? `${t(key, of.params)} · ${app}` : `${app} · ${t("app.tagline")}`;
}
