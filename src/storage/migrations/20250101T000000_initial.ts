// The initial schema. Indexes follow what the lists and overview query:
// (plan_id, <filter>, id) for keyset pages, deadlines for the calendar views.
import type { Kysely } from "kysely";
import type { DialectName } from "../dialects/dialect.ts";
import { withId } from "../dialects/ddl.ts";

// Migrations build their own tables, so they see an untyped database.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export function initial(dialect: DialectName) {
  return {
    async up(db: AnyDb): Promise<void> {
      const s = db.schema;
      await withId(s.createTable("plans"), dialect)
        .addColumn("name", "text", (c) => c.notNull().unique())
        .addColumn("framework_name", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();

      await withId(s.createTable("goals"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("aliases", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("subjects", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint("goals_plan_name", ["plan_id", "name"])
        .execute();

      await withId(s.createTable("units"), dialect)
        .addColumn("name", "text", (c) => c.notNull().unique())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("aliases", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("parent_id", "bigint", (c) => c.references("units.id"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();

      await withId(s.createTable("documents"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("hash", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("year", "integer")
        .addColumn("encoding", "text", (c) => c.notNull())
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("revises_id", "bigint", (c) => c.references("documents.id"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint("documents_plan_hash", ["plan_id", "hash"])
        .execute();
      await s.createIndex("documents_hash").on("documents").column("hash").execute();
      await s.createIndex("documents_plan_id").on("documents").columns(["plan_id", "id"]).execute();

      await s
        .createTable("document_sentences")
        .addColumn("plan_id", "bigint", (c) => c.notNull())
        .addColumn("document_id", "bigint", (c) => c.notNull().references("documents.id"))
        .addColumn("hash", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("document_sentences_pk", ["plan_id", "hash", "document_id"])
        .execute();

      await withId(s.createTable("speakers"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("document_id", "bigint", (c) => c.notNull().references("documents.id"))
        .addColumn("person", "text", (c) => c.notNull())
        .addColumn("titles", "text", (c) => c.notNull())
        .addColumn("unit_ids", "text", (c) => c.notNull())
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .execute();
      await s.createIndex("speakers_document").on("speakers").columns(["plan_id", "document_id"]).execute();

      await withId(s.createTable("strategies"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("document_id", "bigint", (c) => c.notNull().references("documents.id"))
        .addColumn("unit_id", "bigint", (c) => c.references("units.id"))
        .addColumn("label", "text", (c) => c.notNull())
        .addColumn("parts", "text", (c) => c.notNull())
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .execute();
      await s
        .createIndex("strategies_document")
        .on("strategies")
        .columns(["plan_id", "document_id"])
        .execute();

      await withId(s.createTable("commitments"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("document_id", "bigint", (c) => c.notNull().references("documents.id"))
        .addColumn("unit_id", "bigint", (c) => c.references("units.id"))
        .addColumn("lead_unit_id", "bigint", (c) => c.references("units.id"))
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("review_state", "text", (c) => c.notNull())
        .addColumn("edited", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("merged_into_id", "bigint", (c) => c.references("commitments.id"))
        .addColumn("reject_reason", "text")
        .addColumn("reviewed_by", "text")
        .addColumn("reviewed_at", "text")
        .addColumn("deadline", "text")
        .addColumn("due_date", "text")
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("status_reason", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();
      const ci = (name: string, cols: string[]) =>
        s.createIndex(name).on("commitments").columns(cols).execute();
      await ci("commitments_plan_review", ["plan_id", "review_state", "id"]);
      await ci("commitments_plan_unit", ["plan_id", "unit_id", "id"]);
      await ci("commitments_plan_lead", ["plan_id", "lead_unit_id", "id"]);
      await ci("commitments_plan_status", ["plan_id", "status", "id"]);
      await ci("commitments_plan_due", ["plan_id", "review_state", "due_date", "id"]);
      await ci("commitments_due_open", ["due_date", "status"]);
      await ci("commitments_document", ["document_id"]);

      await s
        .createTable("commitment_goals")
        .addColumn("plan_id", "bigint", (c) => c.notNull())
        .addColumn("commitment_id", "bigint", (c) => c.notNull().references("commitments.id"))
        .addColumn("goal_id", "bigint", (c) => c.notNull().references("goals.id"))
        .addColumn("confidence", "double precision", (c) => c.notNull())
        .addColumn("cue_kind", "text", (c) => c.notNull())
        .addColumn("cue_text", "text", (c) => c.notNull())
        .addColumn("cue_start", "integer")
        .addColumn("cue_end", "integer")
        .addPrimaryKeyConstraint("commitment_goals_pk", ["commitment_id", "goal_id"])
        .execute();
      await s
        .createIndex("commitment_goals_goal")
        .on("commitment_goals")
        .columns(["plan_id", "goal_id", "commitment_id"])
        .execute();

      await s
        .createTable("commitment_units")
        .addColumn("plan_id", "bigint", (c) => c.notNull())
        .addColumn("commitment_id", "bigint", (c) => c.notNull().references("commitments.id"))
        .addColumn("unit_id", "bigint", (c) => c.notNull().references("units.id"))
        .addPrimaryKeyConstraint("commitment_units_pk", ["commitment_id", "unit_id"])
        .execute();
      await s
        .createIndex("commitment_units_unit")
        .on("commitment_units")
        .columns(["plan_id", "unit_id", "commitment_id"])
        .execute();

      await s
        .createTable("commitment_terms")
        .addColumn("plan_id", "bigint", (c) => c.notNull())
        .addColumn("term", "text", (c) => c.notNull())
        .addColumn("commitment_id", "bigint", (c) => c.notNull().references("commitments.id"))
        .addPrimaryKeyConstraint("commitment_terms_pk", ["plan_id", "term", "commitment_id"])
        .execute();
      await s
        .createIndex("commitment_terms_commitment")
        .on("commitment_terms")
        .column("commitment_id")
        .execute();

      await withId(s.createTable("milestones"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull())
        .addColumn("commitment_id", "bigint", (c) => c.notNull().references("commitments.id"))
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("due_date", "text", (c) => c.notNull())
        .addColumn("done_at", "text")
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();
      await s
        .createIndex("milestones_commitment")
        .on("milestones")
        .columns(["commitment_id", "due_date"])
        .execute();

      await withId(s.createTable("targets"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("document_id", "bigint", (c) => c.references("documents.id"))
        .addColumn("commitment_id", "bigint", (c) => c.references("commitments.id"))
        .addColumn("unit_id", "bigint", (c) => c.references("units.id"))
        .addColumn("metric", "text", (c) => c.notNull())
        .addColumn("comparator", "text", (c) => c.notNull())
        .addColumn("value", "double precision", (c) => c.notNull())
        .addColumn("value_kind", "text", (c) => c.notNull())
        .addColumn("unit_of_measure", "text")
        .addColumn("is_baseline", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("baseline_value", "double precision")
        .addColumn("baseline_year", "integer")
        .addColumn("due_year", "integer")
        .addColumn("span_start", "integer")
        .addColumn("span_end", "integer")
        .addColumn("latest_figure", "double precision")
        .addColumn("latest_period", "text")
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("status_reason", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();
      await s
        .createIndex("targets_commitment")
        .on("targets")
        .columns(["plan_id", "commitment_id", "id"])
        .execute();

      await withId(s.createTable("users"), dialect)
        .addColumn("username", "text", (c) => c.notNull().unique())
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("unit_id", "bigint", (c) => c.references("units.id"))
        .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();

      await withId(s.createTable("progress_reports"), dialect)
        .addColumn("plan_id", "bigint", (c) => c.notNull().references("plans.id"))
        .addColumn("commitment_id", "bigint", (c) => c.references("commitments.id"))
        .addColumn("target_id", "bigint", (c) => c.references("targets.id"))
        .addColumn("period", "text", (c) => c.notNull())
        .addColumn("period_end", "text", (c) => c.notNull())
        .addColumn("narrative", "text", (c) => c.notNull())
        .addColumn("figure", "double precision")
        .addColumn("complete", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("evidence_links", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("reporter_id", "bigint", (c) => c.references("users.id"))
        .addColumn("reporter_name", "text", (c) => c.notNull())
        .addColumn("reported_at", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();
      await s
        .createIndex("progress_commitment")
        .on("progress_reports")
        .columns(["plan_id", "commitment_id", "id"])
        .execute();
      await s
        .createIndex("progress_period")
        .on("progress_reports")
        .columns(["plan_id", "period", "commitment_id"])
        .execute();
      await s
        .createIndex("progress_target")
        .on("progress_reports")
        .columns(["target_id", "period_end"])
        .execute();

      await s
        .createTable("sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "bigint", (c) => c.notNull().references("users.id"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .execute();

      await withId(s.createTable("audit_log"), dialect)
        .addColumn("plan_id", "bigint")
        .addColumn("actor_id", "bigint")
        .addColumn("actor_name", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("entity", "text", (c) => c.notNull())
        .addColumn("entity_id", "bigint")
        .addColumn("before", "text")
        .addColumn("after", "text")
        .addColumn("at", "text", (c) => c.notNull())
        .execute();
      await s.createIndex("audit_plan").on("audit_log").columns(["plan_id", "id"]).execute();
      await s.createIndex("audit_entity").on("audit_log").columns(["entity", "entity_id", "id"]).execute();

      await s
        .createTable("agg_unit_goal")
        .addColumn("plan_id", "bigint", (c) => c.notNull())
        .addColumn("unit_id", "bigint", (c) => c.notNull())
        .addColumn("goal_id", "bigint", (c) => c.notNull())
        .addColumn("n", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("agg_unit_goal_pk", ["plan_id", "unit_id", "goal_id"])
        .execute();
      await s
        .createTable("agg_commitment_state")
        .addColumn("plan_id", "bigint", (c) => c.notNull())
        .addColumn("unit_id", "bigint", (c) => c.notNull())
        .addColumn("review_state", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("n", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("agg_commitment_state_pk", ["plan_id", "unit_id", "review_state", "status"])
        .execute();
    },
  };
}
