// Delivers the mail outbox. Each message is claimed before it is sent (a
// conditional update: two runs cannot both take it), marked sent after, or
// put back with a later attempt time on failure (1, 5, 30 min, 2 h, 12 h;
// after the fifth failure it is marked failed with its last error). Messages
// are enqueued under a unique key, so a run repeated after a restart adds
// none twice; a sent message is never sent again. The one window left is a
// crash between the server accepting a message and our marking it sent: the
// message then goes again with the same Message-ID.
import { addMinutes } from "./time.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import {
  claimMail,
  dueMail,
  listOutbox,
  markFailed,
  markSent,
  releaseStale,
} from "../../storage/notification.repo.ts";
import type { Services } from "../context.ts";
import type { MailTransport } from "./mail-transport.ts";

export const BACKOFF_MINUTES = [1, 5, 30, 120, 720];

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

export async function deliverOutbox(
  s: Services,
  transport: MailTransport,
  limit = 100,
): Promise<DeliveryResult> {
  const db: DB = s.store.db;
  const now = s.now().toISOString();
  // a process stopped mid-send leaves `sending`; after 10 minutes it is retried
  await releaseStale(db, addMinutes(now, -10));
  const out: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  for (const m of await dueMail(db, now, limit)) {
    if (!(await claimMail(db, m.id, m.attempts, s.now().toISOString()))) continue;
    try {
      await transport.send({ to: m.to_address, subject: m.subject, text: m.body, messageId: m.message_id });
      await markSent(db, m.id, s.now().toISOString());
      out.sent += 1;
    } catch (err) {
      const attempt = m.attempts + 1;
      const wait = BACKOFF_MINUTES[attempt - 1];
      const retryAt =
        attempt < BACKOFF_MINUTES.length && wait !== undefined
          ? addMinutes(s.now().toISOString(), wait)
          : null;
      await markFailed(db, m.id, err instanceof Error ? err.message : String(err), retryAt);
      if (retryAt) out.retried += 1;
      else out.failed += 1;
    }
  }
  return out;
}

export const outboxMessages = (s: Services, limit = 100) => listOutbox(s.store.db, limit);
