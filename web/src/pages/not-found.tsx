import { useI18n } from "../i18n/i18n.tsx";
import { Link } from "../lib/router.ts";
import { Forbidden } from "../components/ui.tsx";

export function NotFoundPage({ path }: { path: string }) {
  const { t } = useI18n();
  return (
    <div className="page notfound" data-testid="not-found">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text", { path })}</p>
      <Link to="/" className="btn">
        {t("notFound.home")}
      </Link>
    </div>
  );
}

/** What a role may not open: the 403 page (components/ui.tsx), with no retry. */
export function ForbiddenPage() {
  return <Forbidden />;
}
