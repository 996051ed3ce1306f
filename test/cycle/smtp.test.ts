// The outbox through a real SMTP server (smtp-server, started here): each
// message arrives once, a refused one is retried later, a run repeated (as
// after a restart) sends nothing again.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { freshStore } from "../helpers/stores.ts";
import { makeServices } from "../../src/services/context.ts";
import { deliverOutbox } from "../../src/services/cycle/outbox.service.ts";
import { smtpTransport } from "../../src/services/cycle/mail-transport.ts";
import { enqueueMail } from "../../src/storage/notification.repo.ts";

interface Received {
  to: string[];
  data: string;
}

test("smtp: delivered once, refused then retried, never duplicated", async () => {
  const received: Received[] = [];
  let refuse = 1;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (address.address === "busy@example.org" && refuse-- > 0) {
        const err = new Error("mailbox busy, try later") as Error & { responseCode: number };
        err.responseCode = 451;
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString(),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  const { store, drop } = await freshStore("sqlite");
  let clock = new Date("2026-10-01T08:00:00Z");
  const s = makeServices(store, () => clock);
  const transport = smtpTransport(`smtp://127.0.0.1:${port}`, "Lantu <lantu@example.org>");
  try {
    const base = {
      notification_id: null,
      next_attempt_at: clock.toISOString(),
      created_at: clock.toISOString(),
    };
    assert.equal(
      await enqueueMail(store.db, {
        ...base,
        dedupe_key: "1:report:1",
        to_address: "daoli@example.org",
        subject: "【蓝图督查】进展逾期催办",
        body: "请立即报送",
        message_id: "<lantu.1.1@lantu>",
      }),
      true,
    );
    await enqueueMail(store.db, {
      ...base,
      dedupe_key: "2:report:1",
      to_address: "busy@example.org",
      subject: "second",
      body: "b",
      message_id: "<lantu.1.2@lantu>",
    });
    // the same key again (a restarted scheduler) is not queued twice
    assert.equal(
      await enqueueMail(store.db, {
        ...base,
        dedupe_key: "1:report:1",
        to_address: "daoli@example.org",
        subject: "dup",
        body: "dup",
        message_id: "<lantu.9.9@lantu>",
      }),
      false,
    );

    const r1 = await deliverOutbox(s, transport);
    assert.deepEqual(r1, { sent: 1, retried: 1, failed: 0 });
    assert.equal(received.length, 1);
    assert.deepEqual(received[0]!.to, ["daoli@example.org"]);
    assert.match(received[0]!.data, /Message-ID: <lantu\.1\.1@lantu>/i);
    assert.match(received[0]!.data, /Subject: =\?UTF-8\?/);

    const busy = await store.db
      .selectFrom("outbox")
      .selectAll()
      .where("to_address", "=", "busy@example.org")
      .executeTakeFirstOrThrow();
    assert.equal(busy.state, "pending");
    assert.match(busy.last_error ?? "", /451|busy/);
    assert.equal(busy.next_attempt_at, "2026-10-01T08:01:00.000Z", "first retry one minute later");

    assert.deepEqual(await deliverOutbox(s, transport), { sent: 0, retried: 0, failed: 0 }, "not due yet");
    clock = new Date("2026-10-01T08:02:00Z");
    assert.deepEqual(await deliverOutbox(s, transport), { sent: 1, retried: 0, failed: 0 });
    assert.deepEqual(await deliverOutbox(s, transport), { sent: 0, retried: 0, failed: 0 });
    assert.equal(received.length, 2);
    const rows = await store.db.selectFrom("outbox").selectAll().orderBy("id").execute();
    assert.deepEqual(
      rows.map((r) => [r.state, r.attempts]),
      [
        ["sent", 1],
        ["sent", 2],
      ],
    );
  } finally {
    transport.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await drop();
  }
});

test("smtp: an unreachable server is retried, then marked failed after the last attempt", async () => {
  const { store, drop } = await freshStore("sqlite");
  let clock = new Date("2026-10-01T08:00:00Z");
  const s = makeServices(store, () => clock);
  // a port nothing listens on
  const transport = smtpTransport("smtp://127.0.0.1:9", "lantu@example.org");
  try {
    await enqueueMail(store.db, {
      notification_id: null,
      next_attempt_at: clock.toISOString(),
      created_at: clock.toISOString(),
      dedupe_key: "k",
      to_address: "a@example.org",
      subject: "s",
      body: "b",
      message_id: "<m@lantu>",
    });
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(await deliverOutbox(s, transport));
      clock = new Date(clock.getTime() + 24 * 3600_000);
    }
    assert.deepEqual(
      results.map((r) => [r.retried, r.failed]),
      [
        [1, 0],
        [1, 0],
        [1, 0],
        [1, 0],
        [0, 1],
      ],
    );
    const row = await store.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([row.state, row.attempts], ["failed", 5]);
    assert.ok(row.last_error);
  } finally {
    transport.close();
    await drop();
  }
});
