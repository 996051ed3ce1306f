// The supervision cycle (督查督办): reporting calendars, completion proposals
// (销号/退回), extension requests, numbered notices (督办单), recorded
// verdicts, warning history, per-user notifications and the mail outbox.
// New tables only (plus contacts beside users), so earlier data is untouched.
import type { Kysely } from "kysely";
import type { DialectName } from "../dialects/dialect.ts";
import { withId } from "../dialects/ddl.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export function supervisionCycle(dialect: DialectName) {
  return {
    async up(db: AnyDb): Promise<void> {
      const s = db.schema;
      await s
        .createTable("cycle_settings")
        .addColumn("plan_id", "bigint", (c) => c.primaryKey().references("plans.id"))
        .addColumn("frequency", "text", (c) => c.notNull())
        .addColumn("due_day", "integer", (c) => c.notNull())
        .addColumn("grace_days", "integer", (c) => c.notNull())
        .addColumn("starts_on", "text", (c) => c.notNull())
        .addColumn("remind_before_days", "integer", (c) => c.notNull())
        .addColumn("yellow_after_days", "integer", (c) => c.notNull())
        .addColumn("red_returns", "integer", (c) => c.notNull())
        .addColumn("weights", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();

      await s
        .createTable("unit_calendars")
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("unit_id", "bigint", (c) => c.notNull().references("units.id"))
        .addColumn("frequency", "text", (c) => c.notNull())
        .addColumn("due_day", "integer", (c) => c.notNull())
        .addColumn("grace_days", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("unit_calendars_pk", ["plan_id", "unit_id"])
        .execute();

      await s
        .createTable("progress_marks")
        .addColumn("progress_id", "bigint", (c) => c.primaryKey().references("progress_reports.id"))
        .addColumn("plan_id", "bigint", (c) => c.notNull())
        .addColumn("due_on", "text", (c) => c.notNull())
        .addColumn("late", "integer", (c) => c.notNull())
        .execute();

      await withId(s.createTable("completion_proposals"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("commitment_id", "bigint", (c) => c.notNull().references("commitments.id"))
        .addColumn("unit_id", "bigint", (c) => c.references("units.id"))
        .addColumn("target_id", "bigint", (c) => c.references("targets.id"))
        .addColumn("figure", "double precision")
        .addColumn("period", "text", (c) => c.notNull())
        .addColumn("narrative", "text", (c) => c.notNull())
        .addColumn("evidence_links", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("return_reason", "text")
        .addColumn("progress_id", "bigint", (c) => c.references("progress_reports.id"))
        .addColumn("proposed_by", "bigint", (c) => c.references("users.id"))
        .addColumn("proposed_by_name", "text", (c) => c.notNull())
        .addColumn("proposed_at", "text", (c) => c.notNull())
        .addColumn("decided_by_name", "text")
        .addColumn("decided_at", "text")
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();
      await s
        .createIndex("completion_proposals_state")
        .on("completion_proposals")
        .columns(["plan_id", "state", "id"])
        .execute();
      await s
        .createIndex("completion_proposals_commitment")
        .on("completion_proposals")
        .columns(["commitment_id", "id"])
        .execute();

      await withId(s.createTable("extension_requests"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("commitment_id", "bigint", (c) => c.notNull().references("commitments.id"))
        .addColumn("unit_id", "bigint", (c) => c.references("units.id"))
        .addColumn("old_date", "text")
        .addColumn("new_date", "text", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("decision_reason", "text")
        .addColumn("requested_by", "bigint", (c) => c.references("users.id"))
        .addColumn("requested_by_name", "text", (c) => c.notNull())
        .addColumn("requested_at", "text", (c) => c.notNull())
        .addColumn("decided_by_name", "text")
        .addColumn("decided_at", "text")
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();
      await s
        .createIndex("extension_requests_state")
        .on("extension_requests")
        .columns(["plan_id", "state", "id"])
        .execute();
      await s
        .createIndex("extension_requests_commitment")
        .on("extension_requests")
        .columns(["commitment_id", "id"])
        .execute();

      await withId(s.createTable("notices"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("number", "text", (c) => c.notNull())
        .addColumn("commitment_id", "bigint", (c) => c.notNull().references("commitments.id"))
        .addColumn("unit_id", "bigint", (c) => c.references("units.id"))
        .addColumn("level", "text", (c) => c.notNull())
        .addColumn("demanded_action", "text", (c) => c.notNull())
        .addColumn("reply_deadline", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("reply", "text")
        .addColumn("replied_by_name", "text")
        .addColumn("replied_at", "text")
        .addColumn("issued_by_name", "text", (c) => c.notNull())
        .addColumn("issued_at", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint("notices_plan_seq", ["plan_id", "seq"])
        .execute();
      await s.createIndex("notices_state").on("notices").columns(["plan_id", "state", "id"]).execute();
      await s.createIndex("notices_commitment").on("notices").columns(["commitment_id", "id"]).execute();

      await withId(s.createTable("verdict_records"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("commitment_id", "bigint", (c) => c.notNull().references("commitments.id"))
        .addColumn("verdict", "text", (c) => c.notNull())
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("evidence_links", "text", (c) => c.notNull())
        .addColumn("recorded_on", "text", (c) => c.notNull())
        .addColumn("recorded_by_name", "text", (c) => c.notNull())
        .addColumn("recorded_at", "text", (c) => c.notNull())
        .execute();
      await s
        .createIndex("verdict_records_commitment")
        .on("verdict_records")
        .columns(["commitment_id", "id"])
        .execute();

      await withId(s.createTable("warnings"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("commitment_id", "bigint", (c) => c.notNull().references("commitments.id"))
        .addColumn("unit_id", "bigint", (c) => c.references("units.id"))
        .addColumn("level", "text", (c) => c.notNull())
        .addColumn("reasons", "text", (c) => c.notNull())
        .addColumn("raised_on", "text", (c) => c.notNull())
        .addColumn("cleared_on", "text")
        .execute();
      await s.createIndex("warnings_plan_open").on("warnings").columns(["plan_id", "cleared_on"]).execute();
      await s.createIndex("warnings_commitment").on("warnings").columns(["commitment_id", "id"]).execute();
      await s.createIndex("warnings_raised").on("warnings").columns(["plan_id", "raised_on"]).execute();

      await s
        .createTable("user_contacts")
        .addColumn("user_id", "bigint", (c) => c.primaryKey().references("users.id"))
        .addColumn("email", "text", (c) => c.notNull())
        .execute();

      await withId(s.createTable("notifications"), dialect)
        .addColumn("user_id", "bigint", (c) => c.notNull().references("users.id"))
        .addColumn("plan_id", "bigint")
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("dedupe_key", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("link", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("read_at", "text")
        .addUniqueConstraint("notifications_user_key", ["user_id", "dedupe_key"])
        .execute();
      await s.createIndex("notifications_user").on("notifications").columns(["user_id", "id"]).execute();

      await withId(s.createTable("outbox"), dialect)
        .addColumn("notification_id", "bigint", (c) => c.references("notifications.id"))
        .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
        .addColumn("to_address", "text", (c) => c.notNull())
        .addColumn("subject", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("message_id", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("next_attempt_at", "text", (c) => c.notNull())
        .addColumn("last_error", "text")
        .addColumn("sent_at", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await s.createIndex("outbox_due").on("outbox").columns(["state", "next_attempt_at", "id"]).execute();
    },
  };
}
