// The shapes the cycle's services hand to their callers (rows of the cycle's
// tables as the services return them), named here so the HTTP layer can type
// its presenters without reaching into storage.
import type { proposeCompletion } from "./completion.service.ts";
import type { requestExtension } from "./extension.service.ts";
import type { issueNotice } from "./notice.service.ts";
import type { recordVerdict } from "./verdict.service.ts";
import type { inbox } from "./inbox.service.ts";

export type Proposal = Awaited<ReturnType<typeof proposeCompletion>>;
export type Extension = Awaited<ReturnType<typeof requestExtension>>;
export type Notice = Awaited<ReturnType<typeof issueNotice>>;
export type VerdictRecord = Awaited<ReturnType<typeof recordVerdict>>;
export type Notification = Awaited<ReturnType<typeof inbox>>["notifications"][number];
