// What each presenter returns, as schemas: Fastify serialises responses with
// them and the OpenAPI document (docs/openapi.json) and the web app's types
// are generated from them. One schema per presenter in presenters/.
import { Type, type TSchema } from "@sinclair/typebox";
import { COMPARATORS, REVIEW_STATES, ROLES, STATUSES, VALUE_KINDS } from "../domain/types.ts";
import { CountsOf, Id, Nullable, OneOf } from "./schemas.ts";

const Int = Type.Integer();
const Str = Type.String();
const Version = Type.Integer({ description: "send back in If-Match to change the record" });
export const Span = Type.Tuple([Int, Int], {
  description: "character offsets [start, end) in the document text",
});
const MaybeSpan = Nullable(Span);
export const Role = OneOf(ROLES);
export const Status = OneOf(STATUSES);
export const ReviewState = OneOf(REVIEW_STATES);
export const Comparator = OneOf(COMPARATORS);
export const ValueKind = OneOf(VALUE_KINDS);

export const PlanOut = Type.Object({
  id: Id,
  name: Str,
  framework_name: Nullable(Str),
  created_at: Str,
  updated_at: Str,
  version: Version,
});

export const GoalOut = Type.Object({
  id: Id,
  plan_id: Id,
  key: Str,
  name: Str,
  aliases: Type.Array(Str),
  subjects: Type.Array(Str),
  position: Int,
  version: Version,
});

export const UnitOut = Type.Object({
  id: Id,
  name: Str,
  kind: Str,
  aliases: Type.Array(Str),
  parent_id: Nullable(Id),
  version: Version,
});

export const UserOut = Type.Object({
  id: Id,
  username: Str,
  display_name: Str,
  role: Role,
  unit_id: Nullable(Id),
  disabled: Type.Boolean(),
  /** A one-time password is still in use: every call but those on the session answers 403 until it is changed. */
  must_change_password: Type.Boolean(),
  created_at: Str,
  version: Version,
});

export const PageOut = Type.Object(
  {
    number: Type.Integer({ minimum: 1 }),
    start: Type.Integer({ minimum: 0, description: "where the page begins in the document's text" }),
    confidence: Nullable(Type.Number({ description: "OCR's mean word confidence, 0–100" })),
    image: Type.Boolean({ description: "GET /api/documents/:id/pages/:number/image shows the page" }),
  },
  { description: "a page of a PDF or scan" },
);

export const DocumentOut = Type.Object({
  id: Id,
  plan_id: Id,
  title: Str,
  source: Str,
  year: Nullable(Int),
  hash: Str,
  encoding: Str,
  format: Str,
  revises_id: Nullable(Id),
  created_at: Str,
  version: Version,
  text: Type.Optional(Type.String({ description: "in GET /api/documents/:id only" })),
  pages: Type.Optional(
    Type.Array(PageOut, { description: "in GET /api/documents/:id only; empty for an unpaged document" }),
  ),
});

/** GET /api/documents/:id: the document with its text and its pages, always. */
export const DocumentFullOut = Type.Composite([
  Type.Omit(DocumentOut, ["text", "pages"]),
  Type.Object({
    text: Str,
    pages: Type.Array(PageOut, { description: "empty for an unpaged document" }),
  }),
]);

export const IngestResultOut = Type.Object({
  created: Type.Boolean({ description: "false: the same text was stored before" }),
  document: DocumentOut,
  plan: PlanOut,
  revises: Nullable(Id),
  counts: Type.Object({ added: Int, updated: Int, kept: Int, targets: Int }),
  commitments: Type.Integer({
    minimum: 0,
    description: "the document's commitments (0: nothing was found to review; see warnings)",
  }),
  low_confidence: Type.Integer({
    minimum: 0,
    description: "of those, the ones whose owner was guessed (listed first in the review queue)",
  }),
  warnings: Type.Array(
    Type.Object({
      code: Type.Union([Type.Literal("no_commitment"), Type.Literal("low_confidence")]),
      message: Str,
    }),
    { description: "what the uploader should know: no commitment found, owners guessed" },
  ),
});

export const JobOut = Type.Object({
  id: Type.String({ format: "uuid" }),
  kind: Type.Literal("ingest"),
  name: Str,
  state: Type.Union(["queued", "running", "done", "failed"].map((v) => Type.Literal(v))),
  stage: Type.Union(["queued", "reading", "extracting", "storing", "finished"].map((v) => Type.Literal(v))),
  done: Type.Integer({ description: "pages read or steps done of `total` in the current stage" }),
  total: Int,
  percent: Type.Integer({
    minimum: 0,
    maximum: 100,
    description: "the whole job's progress, for a progress bar",
  }),
  created_at: Str,
  finished_at: Nullable(Str),
  result: Nullable(IngestResultOut),
  error: Nullable(Type.Object({ code: Str, message: Str })),
});

export const CommitmentOut = Type.Object({
  id: Id,
  plan_id: Id,
  document_id: Id,
  unit_id: Nullable(Id),
  lead_unit_id: Nullable(Id),
  cooperating_unit_ids: Type.Array(Id),
  text: Str,
  span: Span,
  goals: Type.Array(
    Type.Object({
      goal_id: Id,
      name: Str,
      confidence: Type.Number(),
      cue: Type.Object({ kind: Str, text: Str, span: MaybeSpan }),
    }),
  ),
  review_state: ReviewState,
  owner_confidence: Type.Number({
    minimum: 0,
    maximum: 1,
    description: "how sure the extraction is of the owner: 1 unless the engine guessed it",
  }),
  low_confidence: Type.Boolean({ description: "the owner was guessed: check it first" }),
  edited: Type.Boolean(),
  merged_into_id: Nullable(Id),
  reject_reason: Nullable(Str),
  reviewed_by: Nullable(Str),
  reviewed_at: Nullable(Str),
  deadline: Nullable(Str),
  due_date: Nullable(Str),
  late_milestones: Type.Integer({ description: "milestones past their due day and not done" }),
  status: Status,
  status_reason: Str,
  created_at: Str,
  updated_at: Str,
  version: Version,
});

export const TargetOut = Type.Object({
  id: Id,
  plan_id: Id,
  document_id: Nullable(Id),
  commitment_id: Nullable(Id),
  unit_id: Nullable(Id),
  metric: Str,
  comparator: Comparator,
  value: Type.Number(),
  value_kind: ValueKind,
  unit_of_measure: Nullable(Str),
  is_baseline: Type.Boolean(),
  baseline_value: Nullable(Type.Number()),
  baseline_year: Nullable(Int),
  due_year: Nullable(Int),
  span: MaybeSpan,
  latest_figure: Nullable(Type.Number()),
  latest_period: Nullable(Str),
  status: Status,
  status_reason: Str,
  version: Version,
});

export const MilestoneOut = Type.Object({
  id: Id,
  commitment_id: Id,
  title: Str,
  due_date: Str,
  done_at: Nullable(Str),
  version: Version,
});

export const CommitmentDetailOut = Type.Composite([
  CommitmentOut,
  Type.Object({
    evidence: Nullable(Type.String({ description: "the source sentence" })),
    targets: Type.Array(TargetOut),
    milestones: Type.Array(MilestoneOut),
    merged_from: Type.Array(Type.Object({ id: Id, text: Str }), {
      description: "the items merged into this one",
    }),
  }),
]);

export const ProgressOut = Type.Object({
  id: Id,
  plan_id: Id,
  commitment_id: Nullable(Id),
  target_id: Nullable(Id),
  period: Str,
  narrative: Str,
  figure: Nullable(Type.Number()),
  complete: Type.Boolean(),
  evidence_links: Type.Array(Str),
  reporter_id: Nullable(Id),
  reporter_name: Str,
  reported_at: Str,
  version: Version,
});

export const AuditOut = Type.Object({
  id: Id,
  plan_id: Nullable(Id),
  actor_id: Nullable(Id),
  actor_name: Str,
  action: Str,
  entity: Str,
  entity_id: Nullable(Id),
  before: Type.Unknown({ description: "the record before (null on create)" }),
  after: Type.Unknown({ description: "the record after (null on delete)" }),
  at: Str,
});

export const SessionOut = Type.Object({ user: UserOut, csrf_token: Str });

// The public portal's shapes (presenters/public.ts): no internal fields.
export const PublicPlanOut = Type.Object({ id: Id, name: Str, framework_name: Nullable(Str) });
export const PublicCommitmentOut = Type.Object({
  id: Id,
  plan_id: Id,
  unit_id: Nullable(Id),
  lead_unit_id: Nullable(Id),
  cooperating_unit_ids: Type.Array(Id),
  text: Str,
  goals: Type.Array(Type.Object({ goal_id: Id, name: Str })),
  due_date: Nullable(Str),
  status: Status,
});
export const PublicTargetOut = Type.Object({
  id: Id,
  metric: Str,
  comparator: Comparator,
  value: Type.Number(),
  value_kind: ValueKind,
  unit_of_measure: Nullable(Str),
  baseline_value: Nullable(Type.Number()),
  baseline_year: Nullable(Int),
  due_year: Nullable(Int),
  latest_figure: Nullable(Type.Number()),
  latest_period: Nullable(Str),
  status: Status,
});
export const PublicProgressOut = Type.Object({
  period: Str,
  narrative: Str,
  figure: Nullable(Type.Number()),
  complete: Type.Boolean(),
  evidence_links: Type.Array(Str),
  reported_at: Str,
});
export const PublicCommitmentDetailOut = Type.Composite([
  PublicCommitmentOut,
  Type.Object({
    source_sentence: Nullable(Str),
    document_id: Id,
    targets: Type.Array(PublicTargetOut),
    progress: Type.Array(PublicProgressOut),
  }),
]);

/** Overview pieces shared by the signed-in and the public overview. */
export const UnitName = Type.Object({ id: Id, name: Str }, { description: "a unit or goal by id and name" });
export const MatrixCell = Type.Object({ unit_id: Nullable(Id), goal_id: Id, n: Int });
export const StatusCounts = CountsOf(STATUSES);
export const ReviewCounts = CountsOf(REVIEW_STATES);
/** Per goal, over every unit (the matrix holds only the busiest units' cells). */
export const GoalTotals = Type.Array(Type.Object({ goal_id: Id, n: Int, units: Int }), {
  description: "per goal over every unit: items and units with any",
});
export const MatrixUnitCount = Type.Integer({ description: "how many units the whole matrix has" });

/** A keyset page of items. */
export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    next: Nullable(Type.String({ description: "the next page's cursor" })),
  });
/** A whole list (no further pages: next is always null). */
export const ListOf = PageOf;

export const ok = <T extends TSchema>(body: T) => ({ 200: body });
export const created = <T extends TSchema>(body: T) => ({ 201: body });
export const NoContent = { 204: { description: "no body" } } as const;
/** A file as the body (not JSON): its media type and what it is. */
export const fileBody = (mime: string, what: string) => ({
  description: what,
  content: { [mime]: { schema: { type: "string" } } },
});
