// The readable summary `lantu extract FILE` prints without --json: framework
// and goals, units, speakers, strategies with parts, commitment counts per
// unit × goal, and a table of targets.
import type { Extraction, Target } from "../engine/index.ts";

const COMPARATOR: Record<Target["comparator"], string> = { ">=": "≥", "<=": "≤", "=": "=", "~": "≈" };

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ""))));
  return rows.map(
    (r) =>
      "  " +
      r
        .map((c, i) => pad(c, widths[i]!))
        .join("  ")
        .trimEnd(),
  );
}

function value(t: Target): string {
  const v = `${COMPARATOR[t.comparator]} ${t.value}`;
  if (t.value_kind === "percent") return `${v}%`;
  if (t.value_kind === "growth_rate") return `${v}% /yr`;
  if (t.value_kind === "multiple")
    return `×${t.value}${t.comparator === "=" ? "" : ` (${COMPARATOR[t.comparator]})`}`;
  return `${v} ${t.unit_of_measure ?? ""}`.trim();
}

export function formatSummary(x: Extraction): string {
  const out: string[] = [];
  out.push(`${x.document.title}${x.document.year ? `  (${x.document.year})` : ""}`, "");

  if (x.framework) {
    out.push(`Framework ${x.framework.name}: ${x.framework.goals.length} goals`);
    for (const g of x.framework.goals)
      out.push(`  ${g.id}  ${g.name}${g.aliases.length ? `  (${g.aliases.join(", ")})` : ""}`);
  } else out.push("Framework: none declared (supply one with --framework FILE)");
  out.push("");

  out.push(`Units (${x.units.length})`);
  for (const u of x.units)
    out.push(`  ${u.name}  [${u.kind}]${u.aliases.length ? `  aka ${u.aliases.join(", ")}` : ""}`);
  out.push("", `Speakers (${x.speakers.length})`);
  for (const s of x.speakers) out.push(`  ${s.person}  ${s.units.join(" / ")}  — ${s.titles.join("、")}`);

  out.push("", `Strategies (${x.strategies.length})`);
  for (const s of x.strategies) {
    out.push(`  ${s.unit ?? "?"}  “${s.label}”${s.parts.length ? `: ${s.parts.join("、")}` : ""}`);
  }

  out.push("", `Commitments (${x.commitments.length}) by unit × goal`);
  const goals = x.framework?.goals ?? [];
  const units = [...new Set(x.commitments.map((c) => c.unit ?? "?"))];
  const header = ["unit", ...goals.map((g) => g.id), "none", "total"];
  const rows = units.map((u) => {
    const mine = x.commitments.filter((c) => (c.unit ?? "?") === u);
    const counts = goals.map((g) =>
      String(mine.filter((c) => c.goals.some((a) => a.name === g.name)).length || "·"),
    );
    return [u, ...counts, String(mine.filter((c) => !c.goals.length).length || "·"), String(mine.length)];
  });
  out.push(...table([header, ...rows]));

  out.push("", `Targets (${x.targets.length})`);
  if (x.targets.length) {
    const rows = x.targets.map((t) => [
      t.unit ?? "?",
      t.metric,
      value(t),
      t.by_year === null ? "—" : String(t.by_year),
      t.baseline ? "baseline" : "goal",
    ]);
    out.push(...table([["unit", "metric", "value", "due", "kind"], ...rows]));
  }
  return out.join("\n") + "\n";
}
