// The supervision cycle's commands on both databases, over a simulated
// quarter with a clock the test moves (never the wall clock).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { DOC_V1, fakeExtract } from "../helpers/fake-extractor.ts";
import { makeServices } from "../../src/services/context.ts";
import { ingest } from "../../src/services/ingest.service.ts";
import { confirm } from "../../src/services/review.service.ts";
import { createUser, actorOf } from "../../src/services/admin.service.ts";
import { fileProgress, updateTracking } from "../../src/services/tracking.service.ts";
import { getSettings, updateSettings } from "../../src/services/cycle/settings.service.ts";
import {
  acceptCompletion,
  proposeCompletion,
  returnCompletion,
} from "../../src/services/cycle/completion.service.ts";
import { decideExtension, requestExtension } from "../../src/services/cycle/extension.service.ts";
import {
  issueNotice,
  issueNotices,
  noticeDocument,
  replyNotice,
} from "../../src/services/cycle/notice.service.ts";
import { recordVerdict, verdictHistory } from "../../src/services/cycle/verdict.service.ts";
import { assessment } from "../../src/services/cycle/assessment.service.ts";
import { inbox, setUserEmail } from "../../src/services/cycle/inbox.service.ts";
import { runCycle } from "../../src/services/cycle/run-cycle.ts";
import { cycleState } from "../../src/services/cycle/cycle-state.ts";
import { fileTransport, type MailTransport } from "../../src/services/cycle/mail-transport.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { isLantuError, type ErrorCode } from "../../src/errors.ts";
import type { DB } from "../../src/storage/dialects/dialect.ts";
import { recount, stored } from "../helpers/aggregates.ts";

/** The stored levels equal a recomputation from every item, and the aggregates a recount. */
async function consistent(db: DB, planId: number, day: string, when: string) {
  const state = await cycleState(db, planId, day);
  const levels = await db.selectFrom("commitments").select(["id", "warning_level"]).orderBy("id").execute();
  const computed = new Map(state.items.map((i) => [i.id, i.warning.level]));
  assert.deepEqual(
    levels.map((r) => [Number(r.id), r.warning_level]),
    levels.map((r) => [Number(r.id), computed.get(Number(r.id)) ?? "none"]),
    `stored warning levels ${when}`,
  );
  const open = await db
    .selectFrom("warnings")
    .select(["commitment_id", "level"])
    .where("cleared_on", "is", null)
    .execute();
  assert.deepEqual(
    open.map((w) => [Number(w.commitment_id), w.level]).sort(),
    levels
      .filter((r) => r.warning_level !== "none")
      .map((r) => [Number(r.id), r.warning_level])
      .sort(),
    `one open warning per warned item ${when}`,
  );
  assert.deepEqual(await stored(db), await recount(db), `aggregates ${when}`);
}

async function rejects(p: Promise<unknown>, code: ErrorCode, message: RegExp) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isLantuError(e), String(e));
    assert.equal(e.code, code);
    assert.match(e.message, message);
    return true;
  });
}

for (const { name } of DIALECTS) {
  test(`${name}: a simulated quarter of the supervision cycle`, async (t) => {
    const { store, drop, reopen } = await freshStore(name);
    let clock = new Date("2026-07-01T02:00:00Z");
    const at = (day: string) => (clock = new Date(`${day}T02:00:00Z`));
    const s = makeServices(store, () => clock);
    const db = store.db;
    const outDir = mkdtempSync(join(tmpdir(), "lantu-outbox-"));
    try {
      const { plan } = await ingest(
        s,
        { text: DOC_V1, source: "v1.txt", year: 2022, plan: "测试计划" },
        SYSTEM_ACTOR,
        fakeExtract,
      );
      const rows = await db.selectFrom("commitments").selectAll().orderBy("id").execute();
      for (const r of rows) await confirm(s, SYSTEM_ACTOR, r.id, r.version);
      const [nangang, daoli, xiangfang, hulan] = rows.map((r) => r.id) as [number, number, number, number];
      const unitOf = (id: number) => rows.find((r) => r.id === id)!.unit_id!;
      const settings = await getSettings(s, plan.id);
      await updateSettings(s, SYSTEM_ACTOR, plan.id, settings.version, {
        calendar: { frequency: "quarterly", dueDay: 25, graceDays: 5 },
        startsOn: "2026-07-01",
        remindBeforeDays: 7,
        thresholds: { yellowAfterDays: 15, redReturns: 2 },
      });
      const sup = actorOf(
        await createUser(s, SYSTEM_ACTOR, { username: "sup", password: "password1", role: "supervisor" }),
      );
      const rep = actorOf(
        await createUser(s, SYSTEM_ACTOR, {
          username: "daoli",
          password: "password1",
          role: "reporter",
          unitId: unitOf(daoli),
        }),
      );
      const rep2 = actorOf(
        await createUser(s, SYSTEM_ACTOR, {
          username: "nangang",
          password: "password1",
          role: "reporter",
          unitId: unitOf(nangang),
        }),
      );
      await setUserEmail(s, SYSTEM_ACTOR, rep.id!, "daoli@example.org");
      await setUserEmail(s, SYSTEM_ACTOR, sup.id!, "sup@example.org");

      await t.test("K4: a report for a period not started is refused, naming it", async () => {
        await rejects(
          fileProgress(s, rep, { commitmentId: daoli }, { period: "2030Q1", narrative: "x" }),
          "validation",
          /period 2030Q1 has not started \(it starts on 2030-01-01\)/,
        );
        await rejects(
          fileProgress(s, rep, { commitmentId: daoli }, { period: "2026Q3", narrative: "x", complete: true }),
          "validation",
          /complete: a reporter proposes completion/,
        );
      });

      await t.test(
        "reminders before the due date: each once, mails queued for those with an address",
        async () => {
          at("2026-09-20");
          const dry = await runCycle(s, null, { dryRun: true });
          const kinds = dry.reminders.map((r) => `${r.username}:${r.kind}`).sort();
          assert.deepEqual(kinds, ["daoli:report_before", "nangang:report_before"]);
          assert.equal(
            await db
              .selectFrom("notifications")
              .select("id")
              .execute()
              .then((r) => r.length),
            0,
            "dry run writes nothing",
          );
          const first = await runCycle(s, null);
          assert.equal(first.notifications, 2);
          assert.equal(first.emails, 1);
          const again = await runCycle(s, null);
          assert.equal(again.notifications, 0, "the same day again adds nothing");
          assert.equal((await db.selectFrom("outbox").selectAll().execute()).length, 1);
        },
      );

      await t.test("K3: a report after due + grace is accepted and marked late", async () => {
        at("2026-10-03");
        const late = await fileProgress(
          s,
          rep,
          { commitmentId: daoli },
          { period: "2026Q3", narrative: "园区一期完工", figure: 20, targetId: null },
        );
        const mark = await db
          .selectFrom("progress_marks")
          .selectAll()
          .where("progress_id", "=", late.id)
          .executeTakeFirstOrThrow();
        assert.deepEqual([mark.due_on, mark.late], ["2026-09-25", 1]);
      });

      await t.test("warnings: blue after the grace days, yellow 15 days on", async () => {
        at("2026-10-10");
        const r = await runCycle(s, null);
        const lv = (id: number) => r.warnings.find((w) => w.commitmentId === id)?.to;
        assert.equal(lv(nangang), "blue");
        assert.equal(lv(daoli), undefined, "reported, if late");
        at("2026-10-16");
        const r2 = await runCycle(s, null);
        assert.equal(r2.warnings.find((w) => w.commitmentId === nangang)?.to, "yellow");
        const stored = await db
          .selectFrom("warnings")
          .selectAll()
          .where("commitment_id", "=", nangang)
          .orderBy("id")
          .execute();
        assert.deepEqual(
          stored.map((w) => [w.level, w.raised_on, w.cleared_on]),
          [
            ["blue", "2026-10-10", "2026-10-16"],
            ["yellow", "2026-10-16", null],
          ],
        );
        await consistent(db, plan.id, "2026-10-16", "after the daily passes");
        const quiet = await runCycle(s, null);
        assert.equal(quiet.itemsRead, 0, "a second run the same day reads no item");
      });

      await t.test("a restart: reminders and mails are never sent twice", async () => {
        const notifications = (await db.selectFrom("notifications").select("id").execute()).length;
        const mails = (await db.selectFrom("outbox").select("id").execute()).length;
        assert.ok(notifications > 0 && mails > 0);
        // a new process on the same database, as if it started before the day's pass was recorded
        const second = reopen();
        try {
          await second.db.deleteFrom("cycle_runs").execute();
          const again = await runCycle(
            makeServices(second, () => clock),
            null,
          );
          assert.ok(again.itemsRead > 0, "the pass ran again");
          assert.equal(again.notifications, 0);
          assert.equal(again.emails, 0);
        } finally {
          await second.close();
        }
        assert.equal((await db.selectFrom("notifications").select("id").execute()).length, notifications);
        assert.equal((await db.selectFrom("outbox").select("id").execute()).length, mails);
      });

      await t.test(
        "completion: a figure is required, returned twice turns red, accepted closes it",
        async () => {
          await rejects(
            proposeCompletion(s, rep, daoli, { narrative: "完成" }),
            "validation",
            /figure: this item has a numeric target/,
          );
          await rejects(
            proposeCompletion(s, rep2, daoli, { narrative: "完成", figure: 1 }),
            "not_found",
            /commitment/,
          );
          let p = await proposeCompletion(s, rep, daoli, {
            narrative: "产值已达标",
            figure: 45,
            evidenceLinks: ["https://example.org/a"],
          });
          await rejects(
            proposeCompletion(s, rep, daoli, { narrative: "again", figure: 45 }),
            "conflict",
            /awaiting review/,
          );
          await rejects(returnCompletion(s, rep, p.id, p.version, "no"), "forbidden", /reporter/);
          await rejects(returnCompletion(s, sup, p.id, p.version, " "), "validation", /reason/);
          p = await returnCompletion(s, sup, p.id, p.version, "缺少统计局出具的数据");
          assert.equal(p.state, "returned");
          const box = await inbox(s, rep);
          assert.ok(
            box.tasks.some((x) => x.kind === "revise_returned" && x.detail === "缺少统计局出具的数据"),
          );
          p = await proposeCompletion(s, rep, daoli, { narrative: "补充数据", figure: 45 });
          p = await returnCompletion(s, sup, p.id, p.version, "数据口径不一致");
          // the second return turns it red at once, without waiting for the daily pass
          const red = await db
            .selectFrom("warnings")
            .selectAll()
            .where("commitment_id", "=", daoli)
            .where("cleared_on", "is", null)
            .executeTakeFirstOrThrow();
          assert.deepEqual([red.level, JSON.parse(red.reasons)], ["red", ["returned_repeatedly"]]);
          await consistent(db, plan.id, "2026-10-16", "after a second return");
          const state = await cycleState(db, plan.id, "2026-10-16");
          assert.deepEqual(state.items.find((i) => i.id === daoli)!.warning, {
            level: "red",
            reasons: ["returned_repeatedly"],
          });
          p = await proposeCompletion(s, rep, daoli, { narrative: "按统计口径重报", figure: 41 });
          const supBox = await inbox(s, sup);
          assert.ok(supBox.tasks.some((x) => x.kind === "review_completion" && x.refId === p.id));
          await rejects(
            acceptCompletion(s, sup, p.id, p.version + 1),
            "stale_version",
            /changed by someone else/,
          );
          const done = await acceptCompletion(s, sup, p.id, p.version);
          assert.equal(done.state, "accepted");
          const c = await db
            .selectFrom("commitments")
            .selectAll()
            .where("id", "=", daoli)
            .executeTakeFirstOrThrow();
          assert.equal(c.status, "done");
          assert.equal(c.warning_level, "none", "done: no warning (W0)");
          await consistent(db, plan.id, "2026-10-16", "after the completion is accepted");
          await rejects(acceptCompletion(s, sup, p.id, done.version), "conflict", /already accepted/);
          const audit = await db
            .selectFrom("audit_log")
            .select("action")
            .where("entity", "=", "completion_proposal")
            .execute();
          assert.deepEqual(
            audit.map((a) => a.action),
            [
              "propose_completion",
              "return_completion",
              "propose_completion",
              "return_completion",
              "propose_completion",
              "accept_completion",
            ],
          );
        },
      );

      await t.test("extension: approved moves the deadline, refused keeps it; both dates kept", async () => {
        const x = await db
          .selectFrom("commitments")
          .selectAll()
          .where("id", "=", xiangfang)
          .executeTakeFirstOrThrow();
        await updateTracking(s, sup, xiangfang, x.version, { deadline: "2026-10-01" });
        assert.equal(
          (await cycleState(db, plan.id, "2026-10-16")).items.find((i) => i.id === xiangfang)!.warning.level,
          "red",
        );
        await rejects(
          requestExtension(s, sup, xiangfang, { newDate: "2026-09-01", reason: "x" }),
          "validation",
          /must be after today/,
        );
        const e = await requestExtension(s, sup, xiangfang, { newDate: "2026-12-31", reason: "征收未完成" });
        await rejects(decideExtension(s, sup, e.id, e.version, { approve: false }), "validation", /reason/);
        const ok = await decideExtension(s, sup, e.id, e.version, { approve: true });
        assert.deepEqual([ok.state, ok.old_date, ok.new_date], ["approved", "2026-10-01", "2026-12-31"]);
        const after = await db
          .selectFrom("commitments")
          .selectAll()
          .where("id", "=", xiangfang)
          .executeTakeFirstOrThrow();
        assert.deepEqual([after.deadline, after.due_date], ["2026-12-31", "2026-12-31"]);
        assert.notEqual(after.status, "overdue");
        const e2 = await requestExtension(s, sup, xiangfang, { newDate: "2027-06-30", reason: "再延期" });
        const no = await decideExtension(s, sup, e2.id, e2.version, { approve: false, reason: "不予延期" });
        assert.deepEqual(
          [no.state, no.old_date, no.new_date, no.decision_reason],
          ["refused", "2026-12-31", "2027-06-30", "不予延期"],
        );
        const still = await db
          .selectFrom("commitments")
          .select("deadline")
          .where("id", "=", xiangfang)
          .executeTakeFirstOrThrow();
        assert.equal(still.deadline, "2026-12-31");
        await consistent(db, plan.id, "2026-10-16", "after a deadline change and an extension");
      });

      await t.test("督办单: numbered, .docx, answered once; bulk by level", async () => {
        const n = await issueNotice(s, sup, nangang, { demandedAction: "三日内补报第三季度进展" });
        assert.deepEqual(
          [n.number, n.level, n.reply_deadline, n.state],
          ["督办〔2026〕1号", "yellow", "2026-10-23", "open"],
        );
        await rejects(issueNotice(s, sup, nangang, { demandedAction: "again" }), "conflict", /open notice/);
        await rejects(issueNotice(s, rep2, hulan, { demandedAction: "x" }), "not_found", /commitment/);
        const doc = await noticeDocument(s, rep2, n.id);
        assert.equal(doc.bytes.subarray(0, 2).toString(), "PK");
        await rejects(noticeDocument(s, rep, n.id), "not_found", /notice/);
        const box = await inbox(s, rep2);
        assert.ok(box.tasks.some((x) => x.kind === "reply_notice" && x.refId === n.id));
        const answered = await replyNotice(s, rep2, n.id, n.version, "已补报，并明确专人负责");
        assert.deepEqual([answered.state, answered.replied_by_name], ["answered", "nangang"]);
        await rejects(replyNotice(s, rep2, n.id, answered.version, "again"), "conflict", /already answered/);
        const bulk = await issueNotices(
          s,
          sup,
          plan.id,
          { minLevel: "blue" },
          { demandedAction: "限期整改", replyDeadline: "2026-10-30" },
        );
        // nangang's first notice is answered; xiangfang and hulan never reported Q3 (yellow)
        assert.deepEqual(
          bulk.map((b) => b.number),
          ["督办〔2026〕2号", "督办〔2026〕3号", "督办〔2026〕4号"],
        );
        assert.deepEqual(
          bulk.map((b) => [b.commitment_id, b.level]),
          [
            [nangang, "yellow"],
            [xiangfang, "yellow"],
            [hulan, "yellow"],
          ],
        );
      });

      await t.test("verdicts: recorded with a reason; history kept", async () => {
        await rejects(
          recordVerdict(s, sup, hulan, { verdict: "stalled", reason: "" }),
          "validation",
          /reason/,
        );
        await recordVerdict(s, sup, hulan, {
          verdict: "stalled",
          reason: "用地未落实",
          evidenceLinks: ["https://example.org/v"],
        });
        const v = await verdictHistory(s, sup, hulan);
        assert.deepEqual(
          [v.current.verdict, v.current.since, v.current.reason],
          ["stalled", "2026-10-16", "用地未落实"],
        );
        assert.equal((await verdictHistory(s, sup, daoli)).current.verdict, "kept");
      });

      await t.test("assessment of the quarter: facts and ranks", async () => {
        at("2026-10-20");
        await runCycle(s, null);
        const a = await assessment(s, sup, plan.id, "2026Q3");
        const by = new Map(a.units.map((u) => [u.unitId, u]));
        const d = by.get(unitOf(daoli))!;
        assert.deepEqual(d.reports, { onTime: 0, late: 1, missing: 0 });
        assert.deepEqual(d.items, { total: 1, onTrackOrDone: 1 });
        assert.deepEqual(d.targets, { total: 1, met: 1 });
        const ng = by.get(unitOf(nangang))!;
        assert.deepEqual(ng.reports, { onTime: 0, late: 0, missing: 1 });
        assert.equal(d.rank, 1);
        assert.ok(a.units.every((u, i) => i === 0 || (u.score ?? -1) <= (a.units[i - 1]!.score ?? -1)));
        await rejects(assessment(s, rep, plan.id, "2026Q3"), "forbidden", /reporter/);
        await rejects(assessment(s, sup, plan.id, "2027Q1"), "validation", /not started/);
        await consistent(db, plan.id, "2026-10-20", "at the assessment");
      });

      await t.test("outbox: retried on failure, sent once, never twice", async () => {
        let fail = 1;
        const files = fileTransport(outDir, "lantu@test");
        const flaky: MailTransport = {
          kind: "file",
          where: outDir,
          async send(m) {
            if (fail-- > 0) throw new Error("connection refused");
            await files.send(m);
          },
          close() {},
        };
        const queued = (await db.selectFrom("outbox").selectAll().execute()).length;
        assert.ok(queued >= 3, `queued ${queued}`);
        const r1 = await runCycle(s, flaky);
        assert.equal(r1.delivery!.retried, 1);
        assert.equal(r1.delivery!.sent, queued - 1);
        at("2026-10-21");
        const r2 = await runCycle(s, flaky);
        assert.equal(r2.delivery!.sent, 1, "the failed one, retried");
        const r3 = await runCycle(s, flaky);
        assert.equal(r3.delivery!.sent, 0);
        const rows = await db.selectFrom("outbox").selectAll().execute();
        assert.ok(rows.every((r) => r.state === "sent" && r.sent_at));
        assert.equal(readdirSync(outDir).length, rows.length);
        assert.equal(rows.find((r) => r.attempts === 2)?.last_error, null);
      });
    } finally {
      await drop();
      rmSync(outDir, { recursive: true, force: true });
    }
  });
}
