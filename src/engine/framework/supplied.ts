// A framework supplied by the user (--framework FILE) in the engine's shape.
import type { Framework, FrameworkInput } from "../types.ts";
import { aliasesOf } from "./detect.ts";

export function frameworkFromInput(input: FrameworkInput): Framework {
  return {
    name: input.name,
    source: "supplied",
    goals: input.goals.map((g, i) => ({
      id: g.id ?? `g${i + 1}`,
      name: g.name,
      aliases: [...new Set([...(g.aliases ?? []), ...aliasesOf(g.name, "")])],
      subjects: g.subjects ?? [],
    })),
  };
}
