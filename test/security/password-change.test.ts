// A one-time password must be changed before anything else, on both
// databases: the first admin's (printed at the first start) and a user's
// made with one (`lantu user add` without --password). Until then every API
// call but who-am-I, sign-out, the change itself and the public portal
// (readable signed out anyway) answers 403
// password_change_required.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { Client } from "../helpers/client.ts";
import { createUser, ensureAdmin } from "../../src/services/admin.service.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";

for (const { name } of DIALECTS) {
  test(`${name}: a one-time password opens only the way to change it`, async () => {
    await withServer(name, { loginLimit: 1000 }, async ({ s, base }) => {
      const first = (await ensureAdmin(s))!;
      const admin = new Client(base);
      const signedIn = await admin.login("admin", first.password);
      assert.equal(signedIn.status, 200);
      assert.equal(signedIn.body.user.must_change_password, true);

      // Who am I, the session, and a CSRF token still answer…
      const me = await admin.call("GET", "/api/me");
      assert.equal(me.status, 200);
      assert.equal(me.body.user.must_change_password, true);
      assert.equal((await admin.call("GET", "/api/session")).status, 200);
      // The public portal, open to anyone signed out, stays open.
      assert.equal((await admin.call("GET", "/api/public/plans")).status, 200);
      // …every other call, read or write, does not.
      for (const [method, path, body] of [
        ["GET", "/api/plans"],
        ["GET", "/api/users"],
        ["POST", "/api/plans", { name: "新计划" }],
        ["POST", "/api/users", { username: "x1", password: "password-1", role: "supervisor" }],
        ["GET", "/api/audit"],
      ] as const) {
        const r = await admin.call(method, path, body);
        assert.equal(r.status, 403, `${method} ${path}`);
        assert.equal(r.body.error.code, "password_change_required", `${method} ${path}`);
        assert.match(r.body.error.message, /POST \/api\/session\/password/);
      }

      // The change checks what it is given.
      const change = (current: string, next: string) =>
        admin.call("POST", "/api/session/password", { current_password: current, new_password: next });
      const wrong = await change("not-the-password", "a-new-password");
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.error.field, "current_password");
      const same = await change(first.password, first.password);
      assert.equal(same.status, 400);
      assert.equal(same.body.error.field, "new_password");
      assert.equal((await change(first.password, "short")).status, 400);
      // Without the CSRF token a change is refused like any write.
      const noCsrf = await admin.call(
        "POST",
        "/api/session/password",
        { current_password: first.password, new_password: "a-new-password" },
        { "x-csrf-token": "" },
      );
      assert.equal(noCsrf.status, 403);
      assert.equal(noCsrf.body.error.code === "password_change_required", false);

      // A second session signed in with the one-time password ends with the change.
      const other = new Client(base);
      assert.equal((await other.login("admin", first.password)).status, 200);
      const ok = await change(first.password, "a-new-password");
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(ok.body.user.must_change_password, false);
      admin.csrf = ok.body.csrf_token;
      assert.equal((await admin.call("GET", "/api/plans")).status, 200, "this session goes on");
      assert.equal((await admin.call("POST", "/api/plans", { name: "新计划" })).status, 201);
      assert.equal((await other.call("GET", "/api/me")).body.user, null, "the other session ended");
      assert.equal((await new Client(base).login("admin", first.password)).status, 401);
      assert.equal((await new Client(base).login("admin", "a-new-password")).status, 200);

      // Audited, without the hash.
      const audit = await admin.call("GET", "/api/audit?entity=user");
      const entry = (audit.body.items as { action: string; after: unknown }[]).find(
        (a) => a.action === "change_password",
      );
      assert.ok(entry, JSON.stringify(audit.body).slice(0, 300));
      assert.doesNotMatch(JSON.stringify(audit.body), /scrypt\$/);

      // A user made with a one-time password (as `lantu user add` does without --password).
      await createUser(s, SYSTEM_ACTOR, {
        username: "liaison",
        password: "printed-once-1",
        role: "supervisor",
        oneTime: true,
      });
      const liaison = new Client(base);
      assert.equal((await liaison.login("liaison", "printed-once-1")).body.user.must_change_password, true);
      assert.equal((await liaison.call("GET", "/api/plans")).body.error.code, "password_change_required");
      assert.equal((await liaison.call("DELETE", "/api/session")).status, 204, "signing out is open");
      assert.equal((await liaison.login("liaison", "printed-once-1")).status, 200);
      const changed = await liaison.call("POST", "/api/session/password", {
        current_password: "printed-once-1",
        new_password: "liaison-own-pw",
      });
      assert.equal(changed.status, 200);
      assert.equal((await liaison.call("GET", "/api/plans")).status, 200);
      // A user an admin made with a password they chose is not held.
      const made = await admin.call("POST", "/api/users", {
        username: "chosen",
        password: "chosen-pw-1",
        role: "supervisor",
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.equal(made.body.must_change_password, false);
    });
  });
}
