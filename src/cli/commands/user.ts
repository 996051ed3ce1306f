// `lantu user add NAME --role ROLE [--unit UNIT] [--password PW]`, `lantu user list`.
import { LantuError } from "../../errors.ts";
import { ROLES, SYSTEM_ACTOR, type Role } from "../../domain/types.ts";
import { createUser } from "../../services/admin.service.ts";
import { generatePassword } from "../../services/password.ts";
import { allUsers, unitByName } from "../../services/people.read.ts";
import { parse } from "../args.ts";
import { openServices, say } from "./_store.ts";

export async function userCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    role: { type: "string" },
    unit: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
  });
  const [sub, username] = positionals;
  if (sub !== "add" && sub !== "list")
    throw new LantuError("bad_argument", 'user wants "add NAME --role ROLE" or "list"');
  const s = await openServices();
  try {
    if (sub === "list") {
      for (const u of await allUsers(s)) {
        say(
          `${u.id}\t${u.username}\t${u.role}\t${u.unit_id ?? "-"}${u.disabled ? "\t(disabled)" : ""}${u.must_change_password ? "\t(one-time password, not yet changed)" : ""}`,
        );
      }
      return;
    }
    if (!username) throw new LantuError("bad_argument", "user add needs a NAME");
    const role = values.role as Role | undefined;
    if (!role || !ROLES.includes(role))
      throw new LantuError("bad_argument", `--role must be one of ${ROLES.join(", ")}`);
    let unitId: number | null = null;
    if (values.unit) {
      const unit = await unitByName(s, values.unit);
      if (!unit) throw new LantuError("bad_argument", `--unit: no unit named "${values.unit}"`);
      unitId = unit.id;
    }
    const password = values.password ?? generatePassword();
    const actor = { ...SYSTEM_ACTOR, name: "cli" };
    const u = await createUser(s, actor, {
      username,
      password,
      role,
      unitId,
      displayName: values.name,
      oneTime: !values.password,
    });
    say(`user ${u.id} "${u.username}" (${u.role}${unitId ? `, unit ${values.unit}` : ""}) created`);
    if (!values.password) say(`one-time password: ${password}  (to be changed at the first sign-in)`);
  } finally {
    await s.store.close();
  }
}
