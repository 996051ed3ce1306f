// Opens the configured database (at the latest schema) as Services.
export { openServicesFromEnv as openServices } from "../../services/open.ts";

export function say(line: string): void {
  process.stdout.write(line + "\n");
}
