// The inbox's tasks: what a user must do now, one kind per thing the
// supervision cycle can be waiting on them for.

export const TASK_KINDS = [
  /** A report owed (due soon, due or overdue) on one of the reporter's unit's items. */
  "report",
  /** A completion proposal to accept or return (supervisor, admin). */
  "review_completion",
  /** An extension request to approve or refuse (supervisor, admin). */
  "decide_extension",
  /** The unit's completion proposal came back returned: revise it. */
  "revise_returned",
  /** A 督办单 to the unit awaiting its reply. */
  "reply_notice",
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface InboxTask {
  kind: TaskKind;
  planId: number;
  commitmentId: number | null;
  /** The record the task is about (proposal, extension or notice id). */
  refId: number | null;
  title: string;
  detail: string;
  due: string | null;
  urgent: boolean;
}
