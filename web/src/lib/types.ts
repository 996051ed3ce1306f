// The API's shapes as the web app reads them. None is written here: each is
// taken from api.gen.ts, which `npm run api:contract` generates from the
// route schemas (docs/openapi.json), so a change to a response shows up as a
// type error in the pages that read it.
import type { paths } from "./api.gen.ts";

/** The JSON body of a route's success (200) response. */
export type Body<P extends keyof paths, M extends keyof paths[P] = "get"> = paths[P][M] extends {
  responses: { 200: { content: { "application/json": infer B } } };
}
  ? B
  : never;
/** An item of a list response ({ items: [...] }). */
type ItemOf<L> = L extends { items: (infer T)[] } ? T : never;
/** A keyset page of items, as every list route answers (PageOf in src/http/responses.ts). */
export type Page<T> = { items: T[]; next: string | null };

export type User = ItemOf<Body<"/api/users">>;
export type Role = User["role"];
/** A plan as every view of it has it (the public list's fields). */
export type Plan = ItemOf<Body<"/api/public/plans">>;
export type Commitment = ItemOf<Body<"/api/plans/{id}/commitments">>;
export type GoalLink = Commitment["goals"][number];
export type Status = Commitment["status"];
export type ReviewState = Commitment["review_state"];
export const STATUSES: Status[] = ["not_started", "on_track", "behind", "overdue", "done"];
export const REVIEW_STATES: ReviewState[] = ["proposed", "confirmed", "rejected", "merged"];
export type CommitmentDetail = Body<"/api/commitments/{id}">;
export type Target = CommitmentDetail["targets"][number];
export type Milestone = CommitmentDetail["milestones"][number];
export type Progress = ItemOf<Body<"/api/commitments/{id}/progress">>;
export type Overview = Body<"/api/plans/{id}/overview">;
export type Goal = Overview["goals"][number];
export type Unit = Overview["units"][number];
export type Cell = Overview["matrix"][number];
export type AuditEntry = ItemOf<Body<"/api/audit">>;
export type DocumentInfo = ItemOf<Body<"/api/plans/{id}/documents">>;
/** One window of a document with what was read in it (GET /api/documents/:id/reader). */
export type Reader = Body<"/api/documents/{id}/reader">;

// The public portal's shapes (no internal fields).
export type PublicOverview = Body<"/api/public/plans/{id}/overview">;
export type PublicCommitment = ItemOf<Body<"/api/public/plans/{id}/commitments">>;
export type PublicDetail = Body<"/api/public/commitments/{id}">;
export type PublicTarget = PublicDetail["targets"][number];

/** An ingest job as GET /api/jobs/:id gives it (state, stage, percent, result or error). */
export type Job = paths["/api/jobs/{id}"]["get"]["responses"][200]["content"]["application/json"];
/** A page of a PDF or scan: where it starts in the text, and whether it has an image. */
export type DocPage = NonNullable<
  paths["/api/documents/{id}"]["get"]["responses"][200]["content"]["application/json"]["pages"]
>[number];
/** A document with its text and pages, as GET /api/documents/:id gives it. */
export type DocumentFull =
  paths["/api/documents/{id}"]["get"]["responses"][200]["content"]["application/json"];
export type ImportPreview =
  paths["/api/plans/{id}/task-table/preview"]["post"]["responses"][200]["content"]["application/json"];
export type ImportPreviewRow = ImportPreview["items"][number];
export type ImportResult =
  paths["/api/plans/{id}/task-table"]["post"]["responses"][200]["content"]["application/json"];

// The session and the supervision cycle.
/** GET /api/session: who is signed in and the CSRF token every write carries. */
export type SessionBody = Body<"/api/session">;
/** GET /api/plans/:id/summary: the plan's period and each goal's status mix. */
export type Summary = Body<"/api/plans/{id}/summary">;
/** GET /api/plans/:id/reporting: a unit's items, each with its latest report period. */
export type ReportingList = Body<"/api/plans/{id}/reporting">;
export type Proposal = ItemOf<Body<"/api/commitments/{id}/completion">>;
export type Extension = ItemOf<Body<"/api/commitments/{id}/extensions">>;
export type Notice = ItemOf<Body<"/api/plans/{id}/notices">>;
export type VerdictInfo = Body<"/api/commitments/{id}/verdict">;
export type Inbox = Body<"/api/inbox">;
export type Task = Inbox["tasks"][number];
export type Notification = Inbox["notifications"][number];
export type Assessment = Body<"/api/plans/{id}/assessment">;
export type UnitScore = Assessment["units"][number];
export type Heat = Body<"/api/plans/{id}/heatmap">;
export type HeatCell = Heat["total"];
