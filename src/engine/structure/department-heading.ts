// A department named as a heading of its own: a WeChat round-up or a bulletin of
// the departments' plans sets each department's part apart by a decorated line,
//
//   ▌县发改局：抓项目 扩投资            【市商务局】稳外贸 促消费
//   全年计划实施重点项目100个；…        新增外贸实绩企业30家；…
//
// The department, then its slogan (no sentence in it): the paragraphs under the line
// are that department's plan, until the next line that is not a sentence (another
// heading, a photo caption), where the document's own voice takes over again.

/** Marks a decorated line may open with (▌, ■, 🔹, ◆…): anything but words, numbers and brackets. */
const DECORATION = "[^\\u4e00-\\u9fa5\\d“（(【\\[]{0,3}\\s*";
/** A department of a place's government: the level, its name, the kind of body. */
const DEPARTMENT = "([省市区县州][\\u4e00-\\u9fa5]{1,10}?(?:委员会|办公室|局|委|办|厅|署))";
/** The slogan after it: a short run of words with no sentence or clause end. */
const SLOGAN = "[^。！？；，：:]{0,24}";
const COLON_FORM = new RegExp(`^${DECORATION}${DEPARTMENT}\\s*[：:｜|]\\s*${SLOGAN}$`);
const BRACKET_FORM = new RegExp(`^${DECORATION}[【\\[]${DEPARTMENT}[】\\]]\\s*${SLOGAN}$`);

/**
 * The department a heading line names (▌县发改局：抓项目 扩投资 → 县发改局, 【市商务局】稳外贸
 * → 市商务局), or null. A party committee (县委, 区委) is the place itself, not a department.
 */
export function departmentHeading(line: string): string | null {
  if (line.length > 40) return null;
  const m = COLON_FORM.exec(line) ?? BRACKET_FORM.exec(line);
  if (!m) return null;
  const name = m[1]!;
  return /^[省市区县州]委$/.test(name) ? null : name;
}
