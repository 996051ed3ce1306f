// A framework a district names as its city's (紧紧围绕市委、市政府提出的建设A、
// B、C的“三个城市”目标): the list is the higher body's. The district serves it,
// so it is neither the district's strategy nor a launch the district commits to.
import type { DocModel } from "../document.ts";
import { levelOf } from "../structure/units.ts";

/** 市委、市政府提出的 / 省委确定的 / 市第十次党代会确立的, ending right before the list (a verb may follow). */
const SET_BY =
  /([省市区县])(?:委|政府|人民政府|第[一二三四五六七八九十\d]+次党代会)(?:、[省市区县](?:委|政府|人民政府))?[^，。；]{0,8}?(?:提出|确定|确立|部署|作出)的(?:建设|打造|实施)?$/;

/** True when the words just before the framework's list name a body above the unit that owns the sentence. */
export function frameworkSetAbove(
  doc: DocModel,
  span: readonly [number, number],
  unit: string | null,
): boolean {
  if (!unit) return false;
  const before = doc.text.slice(Math.max(0, span[0] - 30), span[0]);
  const clause = before.slice(
    Math.max(before.lastIndexOf("，"), before.lastIndexOf("。"), before.lastIndexOf("；")) + 1,
  );
  const m = SET_BY.exec(clause);
  if (!m) return false;
  const own = levelOf(unit.replace(/(?:人民)?政府$|委$/, "").slice(-1));
  return own !== null && own !== m[1];
}
