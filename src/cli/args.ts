// Flag parsing shared by the commands, on node's own parseArgs; a bad flag is
// a user error that names the flag.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { LantuError } from "../errors.ts";

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new LantuError("bad_argument", (err as Error).message);
  }
}

export function intFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new LantuError("bad_argument", `--${flag} wants a whole number, got "${value}"`);
  return Number(value);
}
