// Validates a framework a user supplies as JSON (--framework FILE).
import { LantuError } from "../errors.ts";
import type { FrameworkInput } from "./types.ts";

const isStringArray = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === "string");

export function parseFrameworkInput(json: unknown, source = "framework"): FrameworkInput {
  const fail = (problem: string): never => {
    throw new LantuError("bad_framework", `${source}: ${problem}`);
  };
  if (!json || typeof json !== "object" || Array.isArray(json)) fail("must be an object with name and goals");
  const obj = json as Record<string, unknown>;
  if (typeof obj.name !== "string" || !obj.name.trim()) fail('"name" must be a non-empty string');
  if (!Array.isArray(obj.goals) || obj.goals.length === 0) fail('"goals" must be a non-empty array');
  const goals = (obj.goals as unknown[]).map((g, i) => {
    if (!g || typeof g !== "object") return fail(`goals[${i}] must be an object`);
    const goal = g as Record<string, unknown>;
    if (typeof goal.name !== "string" || !goal.name.trim())
      fail(`goals[${i}].name must be a non-empty string`);
    for (const key of ["aliases", "subjects"] as const) {
      if (goal[key] !== undefined && !isStringArray(goal[key]))
        fail(`goals[${i}].${key} must be an array of strings`);
    }
    if (goal.id !== undefined && typeof goal.id !== "string") fail(`goals[${i}].id must be a string`);
    return {
      id: goal.id as string | undefined,
      name: (goal.name as string).trim(),
      aliases: goal.aliases as string[] | undefined,
      subjects: goal.subjects as string[] | undefined,
    };
  });
  return { name: (obj.name as string).trim(), goals };
}
