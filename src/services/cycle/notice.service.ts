// 督办单: numbered notices to a unit about an item, issued one at a time from
// the item's page or in bulk (one transaction, one audit entry for the lot);
// the unit's reply closes the notice.
import { LantuError } from "../../errors.ts";
import { addDays } from "../../domain/cycle/calendar.ts";
import { LEVELS, type Level } from "../../domain/cycle/warning.ts";
import type { NoticeRecord } from "../../domain/cycle/records.ts";
import type { Actor } from "../../domain/types.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import {
  cycleItemsByIds,
  extensionsOf,
  getNotice,
  itemsAtLevels,
  insertNotice,
  listNotices,
  nextNoticeSeq,
  noticesOf,
  proposalsOf,
  warningsOf,
} from "../../storage/cycle.repo.ts";
import { getCommitment } from "../../storage/commitment.repo.ts";
import { listProgress } from "../../storage/progress.repo.ts";
import { getUnit } from "../../storage/unit.repo.ts";
import { noticeDocx, type NoticeData } from "../../exchange/notice-docx.ts";
import { statusLabel } from "../../exchange/labels.ts";
import { command, today, type Services } from "../context.ts";
import { actionableCommitment, require, responsibleUnit, unitScope } from "./access.ts";

export interface NoticeInput {
  demandedAction: string;
  /** Defaults to 7 days from today. */
  replyDeadline?: string;
  /** Defaults to the item's warning level (blue when it has none). */
  level?: Level;
}

function checkInput(input: NoticeInput, day: string) {
  if (!input.demandedAction.trim()) {
    throw new LantuError("validation", "demanded_action: say what the unit must do", {
      field: "demanded_action",
      rule: "required",
    });
  }
  if (input.replyDeadline !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.replyDeadline) || Number.isNaN(Date.parse(input.replyDeadline))) {
      throw new LantuError(
        "validation",
        `reply_deadline: "${input.replyDeadline}" is not a date (YYYY-MM-DD)`,
        {
          field: "reply_deadline",
          rule: "date",
        },
      );
    }
    if (input.replyDeadline <= day) {
      throw new LantuError(
        "validation",
        `reply_deadline: ${input.replyDeadline} must be after today (${day})`,
        {
          field: "reply_deadline",
          rule: "too_early",
        },
      );
    }
  }
  if (input.level !== undefined && (!LEVELS.includes(input.level) || input.level === "none")) {
    throw new LantuError("validation", `level: "${input.level}" is not blue, yellow or red`, {
      field: "level",
      rule: "not_allowed",
    });
  }
}

async function issueOne(
  db: DB,
  s: Services,
  actor: Actor,
  commitmentId: number,
  input: NoticeInput,
  level: Level,
  now: string,
) {
  const c = await actionableCommitment(db, actor, commitmentId, "track");
  if (c.status === "done")
    throw new LantuError("conflict", `commitment ${c.id} is done; no notice is needed`);
  if ((await noticesOf(db, c.id)).some((n) => n.state === "open")) {
    throw new LantuError(
      "conflict",
      `commitment ${c.id} already has an open notice awaiting the unit's reply`,
    );
  }
  const seq = await nextNoticeSeq(db, c.plan_id);
  const chosen = input.level ?? level;
  return insertNotice(db, {
    plan_id: c.plan_id,
    seq,
    number: `督办〔${today(s).slice(0, 4)}〕${seq}号`,
    commitment_id: c.id,
    unit_id: responsibleUnit(c),
    level: chosen === "none" ? "blue" : chosen,
    demanded_action: input.demandedAction.trim(),
    reply_deadline: input.replyDeadline ?? addDays(today(s), 7),
    state: "open",
    reply: null,
    replied_by_name: null,
    replied_at: null,
    issued_by_name: actor.name,
    issued_at: now,
  });
}

export async function issueNotice(s: Services, actor: Actor, commitmentId: number, input: NoticeInput) {
  checkInput(input, today(s));
  return command(s, actor, async (trx, now) => {
    const c = await getCommitment(trx, commitmentId);
    const level = (c?.review_state === "confirmed" ? c.warning_level : "none") as Level;
    const row = await issueOne(trx, s, actor, commitmentId, input, level, now);
    return {
      result: row,
      audit: {
        planId: row.plan_id,
        action: "issue_notice",
        entity: "notice",
        entityId: row.id,
        before: null,
        after: row,
      },
    };
  });
}

/**
 * Bulk: one notice per listed item, or (no ids) per item of the plan at or
 * above `minLevel` without an open notice. All or nothing.
 */
export async function issueNotices(
  s: Services,
  actor: Actor,
  planId: number,
  sel: { commitmentIds?: number[]; minLevel?: Exclude<Level, "none"> },
  input: NoticeInput,
) {
  checkInput(input, today(s));
  require(actor, "track");
  return command(s, actor, async (trx, now) => {
    const open = new Set(
      (await listNotices(trx, { planId, state: "open" })).map((n) => Number(n.commitment_id)),
    );
    const min = LEVELS.indexOf(sel.minLevel ?? "red");
    // the stored levels (settled by each write and the daily pass), an indexed read
    const candidates = sel.commitmentIds
      ? await cycleItemsByIds(trx, sel.commitmentIds)
      : await itemsAtLevels(trx, planId, LEVELS.slice(Math.max(min, 1)), 5000);
    const levelOf = new Map(
      candidates.filter((c) => c.review_state === "confirmed").map((c) => [Number(c.id), c.warning_level]),
    );
    const ids =
      sel.commitmentIds ??
      candidates
        .filter((c) => c.review_state === "confirmed" && !open.has(Number(c.id)))
        .map((c) => Number(c.id));
    if (!ids.length)
      throw new LantuError("validation", "no item matches: nothing to issue", { field: "commitment_ids" });
    const rows: NoticeRecord[] = [];
    for (const id of ids) {
      rows.push(await issueOne(trx, s, actor, id, input, (levelOf.get(id) ?? "none") as Level, now));
    }
    return {
      result: rows,
      audit: {
        planId,
        action: "issue_notices",
        entity: "notice",
        entityId: null,
        before: null,
        after: rows.map((r) => ({
          id: r.id,
          number: r.number,
          commitment_id: r.commitment_id,
          level: r.level,
        })),
      },
    };
  });
}

async function visibleNotice(db: DB, actor: Actor, id: number): Promise<NoticeRecord> {
  const n = await getNotice(db, id);
  if (!n || (actor.role === "reporter" && n.unit_id !== actor.unitId)) {
    throw new LantuError("not_found", `notice ${id} not found`);
  }
  return n;
}

/** The unit's reply: closes the notice. */
export async function replyNotice(s: Services, actor: Actor, id: number, version: number, reply: string) {
  if (!reply.trim())
    throw new LantuError("validation", "reply: say what was done", { field: "reply", rule: "required" });
  return command(s, actor, async (trx, now) => {
    const before = await visibleNotice(trx, actor, id);
    require(actor, "report", [before.unit_id]);
    if (before.version !== version) {
      throw new LantuError(
        "stale_version",
        `notice ${id} was changed by someone else (version ${before.version}, you sent ${version}); reload and retry`,
        { entity: "notice", current_version: before.version },
      );
    }
    if (before.state !== "open")
      throw new LantuError("conflict", `notice ${before.number} was already answered`);
    await trx
      .updateTable("notices")
      .set({
        state: "answered",
        reply: reply.trim(),
        replied_by_name: actor.name,
        replied_at: now,
        version: version + 1,
      })
      .where("id", "=", id)
      .execute();
    const after = (await getNotice(trx, id))!;
    return {
      result: after,
      audit: {
        planId: before.plan_id,
        action: "reply_notice",
        entity: "notice",
        entityId: id,
        before,
        after,
      },
    };
  });
}

export const getNoticeFor = (s: Services, actor: Actor, id: number) => visibleNotice(s.store.db, actor, id);

export const noticesForPlan = (s: Services, actor: Actor, planId: number, state?: string) =>
  listNotices(s.store.db, unitScope(actor, planId, state));

export async function noticesForCommitment(s: Services, actor: Actor, commitmentId: number) {
  const c = await actionableCommitment(s.store.db, actor, commitmentId, "read_unit");
  return noticesOf(s.store.db, c.id);
}

const PROPOSAL_WORD: Record<string, string> = {
  pending: "提请销号",
  accepted: "销号通过",
  returned: "销号被退回",
};

/** The notice as a .docx, with the item's history from reports, proposals, extensions and warnings. */
export async function noticeDocument(
  s: Services,
  actor: Actor,
  id: number,
  issuer = "督查室",
): Promise<{ number: string; bytes: Buffer }> {
  const db = s.store.db;
  const n = await visibleNotice(db, actor, id);
  const c = (await getCommitment(db, n.commitment_id))!;
  const unit = n.unit_id !== null ? ((await getUnit(db, n.unit_id))?.name ?? "") : "";
  const history: NoticeData["history"] = [];
  for (const r of await listProgress(db, c.id, null, 200)) {
    history.push({ on: r.reported_at.slice(0, 10), text: `报送${r.period}进展：${r.narrative}` });
  }
  for (const p of await proposalsOf(db, c.id)) {
    history.push({ on: p.proposed_at.slice(0, 10), text: `提请销号：${p.narrative}` });
    if (p.decided_at) {
      history.push({
        on: p.decided_at.slice(0, 10),
        text: PROPOSAL_WORD[p.state]! + (p.return_reason ? `（${p.return_reason}）` : ""),
      });
    }
  }
  for (const e of await extensionsOf(db, c.id)) {
    history.push({
      on: e.requested_at.slice(0, 10),
      text: `申请延期至${e.new_date}（原${e.old_date ?? "未定"}）：${e.reason}`,
    });
    if (e.decided_at)
      history.push({
        on: e.decided_at.slice(0, 10),
        text: e.state === "approved" ? "延期获批" : `延期未获批（${e.decision_reason ?? ""}）`,
      });
  }
  const LEVEL: Record<string, string> = { blue: "蓝色", yellow: "黄色", red: "红色" };
  for (const w of await warningsOf(db, c.id))
    history.push({ on: w.raised_on, text: `${LEVEL[w.level] ?? w.level}预警` });
  for (const o of await noticesOf(db, c.id)) {
    if (o.id !== n.id && o.issued_at < n.issued_at)
      history.push({ on: o.issued_at.slice(0, 10), text: `下发${o.number}` });
  }
  history.sort((a, b) => a.on.localeCompare(b.on));
  const bytes = await noticeDocx({
    issuer,
    number: n.number,
    level: n.level,
    unit,
    item: c.text,
    deadline: c.due_date,
    status: statusLabel(c.status),
    demandedAction: n.demanded_action,
    replyDeadline: n.reply_deadline,
    issuedOn: n.issued_at.slice(0, 10),
    history,
  });
  return { number: n.number, bytes };
}
