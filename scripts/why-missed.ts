// Development aid: for each gold commitment the extractor missed, shows the
// clause that holds its key and why the clause was rejected.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../src/engine/index.ts";
import { buildDocument } from "../src/engine/structure/build-document.ts";
import { clauses } from "../src/engine/text/segment.ts";
import { rejectReason } from "../src/engine/commitments/clauses.ts";

const goldDir = "../shared/eval/gold";
const only = process.argv[2] ?? "";
for (const f of readdirSync(goldDir)) {
  if (!f.includes(only)) continue;
  const gold = JSON.parse(readFileSync(join(goldDir, f), "utf8"));
  const text = readFileSync(join("../shared/corpus", gold.document), "utf8");
  const x = extract(text, { year: gold.year });
  const { doc, speakers } = buildDocument(text, { year: gold.year });
  console.log("==", gold.document);
  for (const g of gold.commitments) {
    const hit = x.commitments.some((c) => c.text.replace(/\s/g, "").includes(g.key));
    if (hit) continue;
    let shown = false;
    for (const s of doc.sentences) {
      for (const c of clauses(doc.text, s)) {
        const t = c.text.replace(/[，；：。！？”’]+$/, "").replace(/^[“‘]+/, "");
        if (doc.original.slice(c.start, c.end).replace(/\s/g, "").includes(g.key.replace(/\s/g, ""))) {
          console.log(
            `  ${g.key} | ${s.unit} | ${s.furniture ? "FURN " : ""}${rejectReason(
              t,
              speakers.map((p) => p.person),
            )} | ${t}`,
          );
          shown = true;
        }
      }
    }
    if (!shown) console.log(`  ${g.key} | (spans clauses)`);
  }
}
