// The layering rules in eslint.config.js, tried on imports each layer may and
// may not make: `npm run lint` fails on the second kind.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ESLint } from "eslint";

const eslint = new ESLint();

async function layeringErrors(file: string, from: string): Promise<string[]> {
  const [r] = await eslint.lintText(`import { x } from "${from}";\nexport const y = x;\n`, {
    filePath: file,
  });
  return r!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const refused: [string, string][] = [
  ["src/http/routes/plans/route.ts", "../../../storage/plan.repo.ts"],
  ["src/http/app.ts", "../storage/schema.ts"],
  // the presenters had an exemption until repositories handed out decoded records: none is left
  ["src/http/presenters/internal.ts", "../../storage/util.ts"],
  ["src/http/presenters/public.ts", "../../storage/schema.ts"],
  ["src/http/routes/reader/presenter.ts", "../../../storage/util.ts"],
  ["src/services/x.read.ts", "../http/auth.ts"],
  ["src/services/x.read.ts", "../cli/args.ts"],
  ["src/engine/text/x.ts", "../../domain/types.ts"],
  ["src/engine/x.ts", "../storage/util.ts"],
  ["src/engine/x.ts", "../input/read-document.ts"],
  ["src/domain/x.ts", "../storage/util.ts"],
  ["src/storage/x.repo.ts", "../services/context.ts"],
  ["src/cli/commands/x.ts", "../../storage/plan.repo.ts"],
  ["web/src/pages/x.tsx", "../../../src/domain/types.ts"],
  ["web/src/lib/x.ts", "../../../src/errors.ts"],
];
const allowed: [string, string][] = [
  ["src/http/routes/plans/route.ts", "../../../services/access.ts"],
  ["src/services/x.read.ts", "../storage/plan.repo.ts"],
  ["src/engine/x.ts", "./text/wordset.ts"],
  ["src/engine/x.ts", "../../lexicon/people.json"],
  ["src/engine/x.ts", "../errors.ts"],
  ["src/cli/commands/x.ts", "../../services/open.ts"],
  ["src/cli/commands/x.ts", "../../http/app.ts"],
  ["web/src/pages/x.tsx", "../lib/api.ts"],
];

test("an import across a layer's boundary is a lint error that names the layering", async () => {
  for (const [file, from] of refused) {
    const errors = await layeringErrors(file, from);
    assert.equal(errors.length, 1, `${file} importing ${from} should be refused`);
    assert.match(errors[0]!, /layering:/);
  }
});

test("imports down the layers pass", async () => {
  for (const [file, from] of allowed) {
    assert.deepEqual(await layeringErrors(file, from), [], `${file} importing ${from}`);
  }
});
