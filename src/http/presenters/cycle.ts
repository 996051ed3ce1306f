// Presenters of the supervision cycle: every output field listed.
import type { Assessment } from "../../services/cycle/assessment.service.ts";
import type { CycleSettings } from "../../services/cycle/settings.service.ts";
import type { VerdictView } from "../../services/cycle/verdict.service.ts";
import type { InboxTask } from "../../domain/cycle/inbox.ts";
import type {
  CompletionProposal,
  ExtensionRequest,
  NoticeRecord,
  Notification,
  VerdictRecord,
} from "../../domain/cycle/records.ts";

export const presentSettings = (c: CycleSettings) => ({
  plan_id: c.planId,
  frequency: c.calendar.frequency,
  due_day: c.calendar.dueDay,
  grace_days: c.calendar.graceDays,
  starts_on: c.startsOn,
  remind_before_days: c.remindBeforeDays,
  yellow_after_days: c.thresholds.yellowAfterDays,
  red_returns: c.thresholds.redReturns,
  weights: {
    on_time: c.weights.onTime,
    on_track: c.weights.onTrack,
    targets_met: c.weights.targetsMet,
    warnings: c.weights.warnings,
  },
  units: c.units.map((u) => ({
    unit_id: u.unitId,
    frequency: u.calendar.frequency,
    due_day: u.calendar.dueDay,
    grace_days: u.calendar.graceDays,
  })),
  version: c.version,
});

export const presentProposal = (p: CompletionProposal) => ({
  id: p.id,
  plan_id: p.plan_id,
  commitment_id: p.commitment_id,
  unit_id: p.unit_id,
  target_id: p.target_id,
  figure: p.figure,
  period: p.period,
  narrative: p.narrative,
  evidence_links: p.evidence_links,
  state: p.state,
  return_reason: p.return_reason,
  progress_id: p.progress_id,
  proposed_by_name: p.proposed_by_name,
  proposed_at: p.proposed_at,
  decided_by_name: p.decided_by_name,
  decided_at: p.decided_at,
  version: p.version,
});

export const presentExtension = (e: ExtensionRequest) => ({
  id: e.id,
  plan_id: e.plan_id,
  commitment_id: e.commitment_id,
  unit_id: e.unit_id,
  old_date: e.old_date,
  new_date: e.new_date,
  reason: e.reason,
  state: e.state,
  decision_reason: e.decision_reason,
  requested_by_name: e.requested_by_name,
  requested_at: e.requested_at,
  decided_by_name: e.decided_by_name,
  decided_at: e.decided_at,
  version: e.version,
});

export const presentNotice = (n: NoticeRecord) => ({
  id: n.id,
  plan_id: n.plan_id,
  number: n.number,
  commitment_id: n.commitment_id,
  unit_id: n.unit_id,
  level: n.level,
  demanded_action: n.demanded_action,
  reply_deadline: n.reply_deadline,
  state: n.state,
  reply: n.reply,
  replied_by_name: n.replied_by_name,
  replied_at: n.replied_at,
  issued_by_name: n.issued_by_name,
  issued_at: n.issued_at,
  version: n.version,
});

export const presentVerdict = (v: VerdictView) => ({
  verdict: v.verdict,
  since: v.since,
  source: v.source,
  reason: v.reason,
  evidence_links: v.evidenceLinks,
});

export const presentVerdictRecord = (r: VerdictRecord) => ({
  id: r.id,
  verdict: r.verdict,
  reason: r.reason,
  evidence_links: r.evidence_links,
  recorded_on: r.recorded_on,
  recorded_by_name: r.recorded_by_name,
});

export const presentTask = (t: InboxTask) => ({
  kind: t.kind,
  plan_id: t.planId,
  commitment_id: t.commitmentId,
  ref_id: t.refId,
  title: t.title,
  detail: t.detail,
  due: t.due,
  urgent: t.urgent,
});

export const presentNotification = (n: Notification) => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  created_at: n.created_at,
  read: n.read_at !== null,
});

export const presentAssessment = (a: Assessment) => ({
  plan_id: a.planId,
  period: a.period,
  from: a.from,
  to: a.to,
  as_of: a.asOf,
  weights: {
    on_time: a.weights.onTime,
    on_track: a.weights.onTrack,
    targets_met: a.weights.targetsMet,
    warnings: a.weights.warnings,
  },
  units: a.units.map((u) => ({
    unit_id: u.unitId,
    unit: u.unit,
    rank: u.rank,
    score: u.score,
    reports: { on_time: u.reports.onTime, late: u.reports.late, missing: u.reports.missing },
    items: { total: u.items.total, on_track_or_done: u.items.onTrackOrDone },
    targets: { total: u.targets.total, met: u.targets.met },
    warnings: u.warnings,
    components: {
      on_time: u.components.onTime,
      on_track: u.components.onTrack,
      targets_met: u.components.targetsMet,
      warnings: u.components.warnings,
    },
  })),
});
