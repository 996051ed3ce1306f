// The document reader: the original text, inert (React text nodes only),
// with every commitment highlighted in its goal's colour, targets, speakers
// and strategies marked; pointing at or focusing a span shows its item,
// clicking opens it; ?focus=ID jumps to an item's place.
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { goalStrong, goalTint } from "../lib/colors.ts";
import { num } from "../lib/format.ts";
import { Link, navigate, useLocation } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { useData } from "../lib/use-data.ts";
import { useReader } from "../lib/use-reader.ts";
import type { DocumentInfo, Page, Reader } from "../lib/types.ts";
import { pageAt } from "../lib/pages.ts";
import { segments } from "../lib/segments.ts";
import { ErrorBox, GoalChip, Loading, ReviewBadge, StatusBadge } from "../components/ui.tsx";

type C = Reader["commitments"][number];
type Tg = Reader["targets"][number];
type Active =
  { kind: "c"; item: C } | { kind: "t"; item: Tg } | { kind: "p"; item: Reader["speakers"][number] } | null;

export function ReaderPage({ id }: { id?: number }) {
  const { t } = useI18n();
  const { plan } = useSession();
  const docs = useData<Page<DocumentInfo>>(plan ? `/api/plans/${plan.id}/documents?limit=200` : null);
  const docId = id ?? docs.data?.items[0]?.id ?? null;
  const r = useReader(docId);
  if (docs.error) return <ErrorBox error={docs.error} retry={docs.reload} />;
  if (docs.data && docs.data.items.length === 0) return <p>{t("reader.noDocs")}</p>;
  return (
    <div className="page reader">
      <header className="page-head row">
        <h1>{t("reader.title")}</h1>
        {docs.data && docs.data.items.length > 1 && (
          <label className="inline">
            {t("reader.choose")}
            <select value={docId ?? ""} onChange={(e) => navigate(`/reader/${e.target.value}`)}>
              {docs.data.items.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {r.error ? (
        <ErrorBox error={r.error} retry={r.reload} />
      ) : r.data ? (
        <ReaderBody r={r.data} />
      ) : (
        <Loading />
      )}
    </div>
  );
}

function readerSegments(r: Reader) {
  return segments({
    len: r.document.text.length,
    pageStarts: r.pages.map((p) => p.start),
    commitments: r.commitments,
    targets: r.targets,
    speakers: r.speakers,
    strategies: r.strategies,
  });
}

function ReaderBody({ r }: { r: Reader }) {
  const { t, lang } = useI18n();
  const { goals, goalIndex, unitName } = useSession();
  const { search } = useLocation();
  const focus = Number(search.get("focus")) || null;
  const [active, setActive] = useState<Active>(null);
  const segs = useMemo(() => readerSegments(r), [r]);

  useEffect(() => {
    if (!focus) return;
    const el = document.getElementById(`c-${focus}`);
    if (!el) return;
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
    el.classList.add("flash");
    const item = r.commitments.find((c) => c.id === focus);
    if (item) setActive({ kind: "c", item });
  }, [focus, r]);

  const firstSeen = new Set<number>();
  const nodes: ReactNode[] = segs.map((g) => {
    const text = r.document.text.slice(g.a, g.b);
    if (!g.c && !g.t && !g.p && !g.s) return text;
    const cls = [g.t ? "m-target" : "", g.p ? "m-speaker" : "", g.s ? "m-strategy" : ""].filter(Boolean);
    if (g.c) {
      const c = g.c;
      const gi = c.goal_ids.length ? goalIndex(c.goal_ids[0]!) : -1;
      const first = !firstSeen.has(c.id);
      firstSeen.add(c.id);
      return (
        <a
          key={g.a}
          id={first ? `c-${c.id}` : undefined}
          href={`/commitments/${c.id}`}
          tabIndex={first ? 0 : -1}
          className={["m-commit", c.review_state === "proposed" ? "m-proposed" : "", ...cls].join(" ")}
          style={{ background: goalTint(gi), borderBottomColor: goalStrong(gi) }}
          data-commitment={c.id}
          aria-label={first ? `#${c.id} ${c.text}` : undefined}
          onMouseEnter={() => setActive({ kind: "c", item: c })}
          onFocus={() => setActive({ kind: "c", item: c })}
          onClick={(e) => {
            if (e.button !== 0 || e.metaKey || e.ctrlKey) return;
            e.preventDefault();
            navigate(`/commitments/${c.id}`);
          }}
        >
          {text}
        </a>
      );
    }
    const onHover = () => {
      if (g.t) setActive({ kind: "t", item: g.t });
      else if (g.p) setActive({ kind: "p", item: g.p });
    };
    return (
      <mark key={g.a} className={cls.join(" ")} onMouseEnter={onHover}>
        {text}
      </mark>
    );
  });

  const activePage = active?.kind === "c" ? pageAt(r.pages, active.item.span[0]) : null;
  return (
    <div className="reader-layout">
      <article className="doc" aria-labelledby="doc-title">
        <h2 id="doc-title">{r.document.title}</h2>
        <p className="muted small">
          {t("reader.counts", { c: r.commitments.length, t: r.targets.length, s: r.speakers.length })}
        </p>
        {r.pages.length ? (
          <PagedText r={r} segs={segs} nodes={nodes} />
        ) : (
          <div className="doc-text" data-testid="doc-text">
            {nodes}
          </div>
        )}
      </article>
      <aside className="reader-side">
        <section className="panel" aria-labelledby="legend-h">
          <h2 id="legend-h">{t("reader.legend")}</h2>
          <ul className="legend">
            {goals.map((g, i) => (
              <li key={g.id}>
                <span
                  className="legend-swatch"
                  style={{ background: goalTint(i), borderColor: goalStrong(i) }}
                />
                {g.name}
              </li>
            ))}
            <li>
              <span
                className="legend-swatch"
                style={{ background: goalTint(-1), borderColor: goalStrong(-1) }}
              />
              {t("reader.noGoal")}
            </li>
            <li>
              <span className="legend-sample m-commit m-proposed">…</span>
              {t("reader.proposedItem")}
            </li>
            <li>
              <span className="legend-sample m-target">10亿元</span>
              {t("reader.target")}
            </li>
            <li>
              <span className="legend-sample m-speaker">某某</span>
              {t("reader.speaker")}
            </li>
            <li>
              <span className="legend-sample m-strategy">“1123”</span>
              {t("reader.strategy")}
            </li>
          </ul>
        </section>
        <section className="panel sticky" aria-labelledby="active-h" aria-live="polite">
          <h2 id="active-h">{t("reader.item")}</h2>
          {!active && <p className="muted small">{t("reader.hoverHint")}</p>}
          {active?.kind === "c" && (
            <div data-testid="hover-card">
              <p className="quote">
                {active.item.text}
                {activePage !== null && (
                  <span className="page-ref" data-testid="hover-page">
                    {" "}
                    {t("doc.page", { n: activePage })}
                  </span>
                )}
              </p>
              <p className="row wrap">
                <span>{unitName(active.item.unit_id) || t("common.unknownUnit")}</span>
                <StatusBadge status={active.item.status} />
                <ReviewBadge state={active.item.review_state} />
              </p>
              <p className="row wrap">
                {active.item.goal_ids.map((gid) => (
                  <GoalChip key={gid} id={gid} name={goals.find((g) => g.id === gid)?.name ?? `#${gid}`} />
                ))}
              </p>
              {r.targets
                .filter((x) => x.commitment_id === active.item.id)
                .map((x) => (
                  <p key={x.id} className="small">
                    {x.metric} {t(`cmp.${x.comparator}` as MessageKey)} {num(x.value, lang)}
                    {x.value_kind === "multiple"
                      ? "×"
                      : x.value_kind === "percent"
                        ? "%"
                        : (x.unit_of_measure ?? "")}
                    {x.due_year ? ` · ${t("item.dueYear", { y: x.due_year })}` : ""}
                  </p>
                ))}
              <Link to={`/commitments/${active.item.id}`} className="btn small">
                {t("reader.open", { id: active.item.id })}
              </Link>
            </div>
          )}
          {active?.kind === "t" && (
            <p>
              {t("reader.target")}: {active.item.metric} {t(`cmp.${active.item.comparator}` as MessageKey)}{" "}
              {num(active.item.value, lang)}
              {active.item.unit_of_measure ?? ""}
            </p>
          )}
          {active?.kind === "p" && (
            <p>
              {t("reader.speaker")}: {active.item.person} {active.item.titles.join("、")}{" "}
              {active.item.unit_ids.map((u) => unitName(u)).join("、")}
            </p>
          )}
        </section>
      </aside>
    </div>
  );
}

/**
 * A PDF's or scan's text page by page: a marker (第3页) where each page
 * starts, and for a page read by OCR its image beside the recognised text.
 * Only the pages whose text has arrived are shown.
 */
function PagedText({ r, segs, nodes }: { r: Reader; segs: { a: number }[]; nodes: ReactNode[] }) {
  const { t } = useI18n();
  const len = r.document.text.length;
  const shown = r.pages.filter((p, i) => i === 0 || p.start < len);
  // Each segment to its page, in one pass (segments and pages are both in text order;
  // text before the first page's start, if any, goes with the first page).
  const byPage: ReactNode[][] = shown.map(() => []);
  let at = 0;
  segs.forEach((g, k) => {
    while (at + 1 < shown.length && shown[at + 1]!.start <= g.a) at++;
    byPage[at]!.push(nodes[k]);
  });
  return (
    <div className="doc-text paged" data-testid="doc-text">
      {shown.map((p, i) => {
        return (
          <section
            key={p.number}
            className={`doc-page${p.image ? " scanned" : ""}`}
            data-page={p.number}
            aria-label={t("doc.page", { n: p.number })}
          >
            <div className="doc-page-text">
              <span className="page-marker" data-testid="page-marker">
                {t("doc.page", { n: p.number })}
                {p.confidence !== null && ` · ${t("doc.ocr", { c: Math.round(p.confidence) })}`}
              </span>
              {byPage[i]}
            </div>
            {p.image && (
              <figure>
                <img
                  src={`/api/documents/${r.document.id}/pages/${p.number}/image`}
                  alt={t("doc.pageImage", { n: p.number })}
                  loading="lazy"
                  data-testid="page-image"
                />
              </figure>
            )}
          </section>
        );
      })}
    </div>
  );
}
