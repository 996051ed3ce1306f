// The state of a plan's cycle on a day computed from every item at once: its
// confirmed items, who owes what, and each item's warning level. The reference
// computation — the demo loader and the tests check the stored levels and the
// aggregate reads against it; no request and no scheduler tick reads a plan
// this way (see item-warnings.ts, warning.service.ts, obligations.read.ts).
import { obligations, type Obligation } from "../../domain/cycle/calendar.ts";
import { itemWarning, type Warning } from "../../domain/cycle/warning.ts";
import type { Status } from "../../domain/types.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import { filedReports, returnCounts, trackedCommitments } from "../../storage/cycle.repo.ts";
import { calendarLookup, loadSettings, type CycleSettings } from "./settings.service.ts";

export interface TrackedItem {
  id: number;
  text: string;
  /** The unit that answers for it: lead, else owner. */
  unitId: number | null;
  status: Status;
  dueDate: string | null;
  returns: number;
  warning: Warning;
  obligations: Obligation[];
}

export interface CycleState {
  settings: CycleSettings;
  today: string;
  items: TrackedItem[];
  obligations: Obligation[];
}

export async function cycleState(db: DB, planId: number, today: string): Promise<CycleState> {
  const settings = await loadSettings(db, planId);
  const rows = await trackedCommitments(db, planId);
  const reports = (await filedReports(db, planId)).map((r) => ({
    commitmentId: Number(r.commitment_id),
    period: r.period,
    reportedOn: r.reported_at.slice(0, 10),
  }));
  const returns = await returnCounts(db, planId);
  const owing = rows.map((r) => ({
    commitmentId: Number(r.id),
    unitId: r.lead_unit_id ?? r.unit_id,
    done: r.status === "done",
  }));
  const all = obligations(owing, reports, calendarLookup(settings), settings.startsOn, today);
  const byItem = new Map<number, Obligation[]>();
  for (const o of all) {
    const list = byItem.get(o.commitmentId) ?? [];
    list.push(o);
    byItem.set(o.commitmentId, list);
  }
  const items = rows.map((r) => {
    const id = Number(r.id);
    const obs = byItem.get(id) ?? [];
    const n = returns.get(id) ?? 0;
    const status = r.status as Status;
    return {
      id,
      text: r.text,
      unitId: r.lead_unit_id ?? r.unit_id,
      status,
      dueDate: r.due_date,
      returns: n,
      obligations: obs,
      warning: itemWarning(
        { status, dueDate: r.due_date, obligations: obs, returns: n },
        settings.thresholds,
        today,
      ),
    };
  });
  return { settings, today, items, obligations: all };
}
