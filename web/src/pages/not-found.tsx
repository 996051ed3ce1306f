import { useI18n } from "../i18n/i18n.tsx";
import { Link } from "../lib/router.ts";

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

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <div className="page notfound" data-testid="forbidden">
      <h1>403</h1>
      <p>{t("forbidden.text")}</p>
      <Link to="/" className="btn">
        {t("notFound.home")}
      </Link>
    </div>
  );
}
