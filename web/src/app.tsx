// The shell: header with navigation for the signed-in role, language switch,
// and the page the path names. Pages check their own role as well.
import { useEffect, useRef, type ReactNode } from "react";
import { useI18n } from "./i18n/i18n.tsx";
import type { MessageKey } from "./i18n/zh.ts";
import { Link, match, navigate, useLocation } from "./lib/router.ts";
import { useSession } from "./lib/session.tsx";
import { pageTitle, type TitleOf } from "./lib/titles.ts";
import type { Role } from "./lib/types.ts";
import { Loading } from "./components/ui.tsx";
import { OverviewPage } from "./pages/overview.tsx";
import { ReaderPage } from "./pages/reader.tsx";
import { CommitmentsPage } from "./pages/commitments.tsx";
import { CommitmentPage } from "./pages/commitment.tsx";
import { ReviewPage } from "./pages/review.tsx";
import { DocumentsPage } from "./pages/documents.tsx";
import { ReportingPage } from "./pages/reporting.tsx";
import { PublicPage, PublicItemPage } from "./pages/public.tsx";
import { SignInPage } from "./pages/signin.tsx";
import { ChangePasswordPage } from "./pages/change-password.tsx";
import { UsersPage } from "./pages/users.tsx";
import { InboxPage } from "./pages/inbox.tsx";
import { SupervisionPage } from "./pages/supervision.tsx";
import { AssessmentPage } from "./pages/assessment.tsx";
import { NotFoundPage, ForbiddenPage } from "./pages/not-found.tsx";

type Access = Role[] | "public";
interface RouteDef {
  path: string;
  access: Access;
  render: (p: Record<string, string>) => ReactNode;
}
const STAFF: Role[] = ["admin", "supervisor"];
const ALL: Role[] = ["admin", "supervisor", "reporter"];

const ROUTES: RouteDef[] = [
  { path: "/", access: ALL, render: () => <OverviewPage /> },
  { path: "/reader", access: STAFF, render: () => <ReaderPage /> },
  { path: "/reader/:id", access: STAFF, render: (p) => <ReaderPage id={Number(p.id)} /> },
  { path: "/commitments", access: ALL, render: () => <CommitmentsPage /> },
  { path: "/commitments/:id", access: ALL, render: (p) => <CommitmentPage id={Number(p.id)} /> },
  { path: "/review", access: STAFF, render: () => <ReviewPage /> },
  { path: "/documents", access: STAFF, render: () => <DocumentsPage /> },
  { path: "/reporting", access: ["reporter", "admin"], render: () => <ReportingPage /> },
  { path: "/admin/users", access: ["admin"], render: () => <UsersPage /> },
  { path: "/inbox", access: ALL, render: () => <InboxPage /> },
  { path: "/supervision", access: STAFF, render: () => <SupervisionPage /> },
  { path: "/assessment", access: STAFF, render: () => <AssessmentPage /> },
  { path: "/public", access: "public", render: () => <PublicPage /> },
  { path: "/public/commitments/:id", access: "public", render: (p) => <PublicItemPage id={Number(p.id)} /> },
  { path: "/signin", access: "public", render: () => <SignInPage /> },
];

const NAV: { to: string; key: MessageKey; roles: Role[] }[] = [
  { to: "/", key: "nav.overview", roles: ALL },
  { to: "/reader", key: "nav.reader", roles: STAFF },
  { to: "/commitments", key: "nav.commitments", roles: ALL },
  { to: "/review", key: "nav.review", roles: STAFF },
  { to: "/documents", key: "nav.documents", roles: STAFF },
  { to: "/reporting", key: "nav.reporting", roles: ["reporter", "admin"] },
  { to: "/inbox", key: "nav.inbox", roles: ALL },
  { to: "/supervision", key: "nav.supervision", roles: STAFF },
  { to: "/assessment", key: "nav.assessment", roles: STAFF },
  { to: "/admin/users", key: "nav.users", roles: ["admin"] },
];

function isCurrent(to: string, path: string) {
  return to === "/" ? path === "/" : path === to || path.startsWith(to + "/");
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const { path, href } = useLocation();
  const found = ROUTES.map((r) => ({ r, params: match(r.path, path) })).find((x) => x.params);
  const needsLogin = found && found.r.access !== "public" && session.ready && !session.user;
  useEffect(() => {
    if (needsLogin) navigate(`/signin?next=${encodeURIComponent(href)}`, { replace: true });
  }, [needsLogin, href]);
  // After an in-app navigation, focus moves to the page so that screen
  // readers announce it and Tab starts from its top.
  const firstPath = useRef(path);
  useEffect(() => {
    if (path !== firstPath.current) {
      firstPath.current = "";
      document.getElementById("main")?.focus({ preventScroll: true });
    }
  }, [path]);

  // A one-time password opens nothing but the form that replaces it (the API
  // answers 403 password_change_required to everything else).
  const mustChange = Boolean(session.user?.must_change_password);
  let body: ReactNode;
  let title: TitleOf;
  if (!session.ready || needsLogin) [body, title] = [<Loading />, "loading"];
  else if (mustChange) [body, title] = [<ChangePasswordPage />, { route: "/change-password", params: {} }];
  else if (!found) [body, title] = [<NotFoundPage path={path} />, "not-found"];
  else if (found.r.access !== "public" && !found.r.access.includes(session.user!.role))
    [body, title] = [<ForbiddenPage />, "forbidden"];
  else [body, title] = [found.r.render(found.params!), { route: found.r.path, params: found.params! }];
  const documentTitle = pageTitle(t, title);
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  const role = session.user?.role;
  const publicArea = path.startsWith("/public") || !session.user;
  return (
    <>
      <a className="skip" href="#main">
        {t("app.skip")}
      </a>
      <header className="top">
        <Link to={session.user ? "/" : "/public"} className="brand">
          <span className="brand-mark" aria-hidden="true">
            蓝
          </span>
          <span>
            <strong>{t("app.name")}</strong>
            <small>{t("app.tagline")}</small>
          </span>
        </Link>
        <nav aria-label={t("nav.main")}>
          <ul>
            {role &&
              !mustChange &&
              !path.startsWith("/public") &&
              NAV.filter((n) => n.roles.includes(role)).map((n) => (
                <li key={n.to}>
                  <Link to={n.to} aria-current={isCurrent(n.to, path) ? "page" : undefined}>
                    {t(n.key)}
                  </Link>
                </li>
              ))}
            <li>
              <Link to="/public" aria-current={path.startsWith("/public") ? "page" : undefined}>
                {t("nav.public")}
              </Link>
            </li>
          </ul>
        </nav>
        <div className="top-right">
          {session.plans.length > 1 && (
            <select
              aria-label={t("app.plan")}
              value={session.plan?.id ?? ""}
              onChange={(e) => session.setPlanId(Number(e.target.value))}
            >
              {session.plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
          <button
            type="button"
            className="btn ghost"
            lang={lang === "zh" ? "en" : "zh-CN"}
            aria-label={t("app.languageLabel")}
            onClick={() => setLang(lang === "zh" ? "en" : "zh")}
            data-testid="lang"
          >
            {t("app.language")}
          </button>
          {session.user ? (
            <>
              <span className="who" data-testid="who">
                {session.user.display_name || session.user.username}
                <small>
                  {t(`role.${session.user.role}` as MessageKey)}
                  {session.user.unit_id ? ` · ${session.unitName(session.user.unit_id)}` : ""}
                </small>
              </span>
              <button
                type="button"
                className="btn ghost"
                onClick={() => void session.signOut().then(() => navigate("/signin"))}
              >
                {t("nav.signout")}
              </button>
            </>
          ) : (
            publicArea &&
            path !== "/signin" && (
              <Link to="/signin" className="btn ghost">
                {t("nav.signin")}
              </Link>
            )
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {body}
      </main>
    </>
  );
}
