// The first admin as a test wants it: created as on a first start, then its
// one-time password replaced the way the admin would (tests of the
// must-change rule itself call ensureAdmin directly).
import { changeOwnPassword, ensureAdmin } from "../../src/services/admin.service.ts";
import type { Services } from "../../src/services/context.ts";
import { findUserByName } from "../../src/storage/user.repo.ts";

export const ADMIN_PASSWORD = "admin-chosen-pw";

export async function firstAdmin(s: Services): Promise<{ username: string; password: string }> {
  const first = await ensureAdmin(s);
  if (!first) throw new Error("the admin exists already");
  const user = (await findUserByName(s.store.db, first.username))!;
  await changeOwnPassword(s, user, "", first.password, ADMIN_PASSWORD);
  return { username: first.username, password: ADMIN_PASSWORD };
}
