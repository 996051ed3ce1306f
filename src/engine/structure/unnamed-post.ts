// A speaker given by post alone, with no name: "县文化和旅游局主要负责同志表示，将…",
// "青槐街道办事处主任表示，…", "青岚乡党委书记在发言中说，…". The post's body speaks: its
// paragraph is that unit's, as a named speaker's would be.
import { PEOPLE } from "../lexicon.ts";
import { WordSet } from "../text/wordset.ts";
import { placeAt, unitFromOrg } from "./units.ts";

const POSTS = new WordSet([...PEOPLE.titles, ...PEOPLE.unnamedPosts]);
/** The speech verbs after the post, each followed by ， or ： (表示，, 说，). */
const VERBS: readonly string[] = PEOPLE.unnamedPostVerbs;
/** What may stand between the post and the verb: 在发言中说, 在讲话中表示, 在会上说. */
const SETTINGS: readonly string[] = PEOPLE.unnamedPostSettings;
/** Where the post's clause starts: after punctuation or a quotation's end. */
const CLAUSE_BREAK = /[，。；：“”！？、\s]/;
/** A body that may speak: a place, or a department, an office, a company. */
const BODY_END = /(?:[局委办厅]|街道|公司|集团)$/;
/** Characters that tell narrative, never a body's own name. */
const NARRATIVE = /[了是的在将对把被从向]/;

/**
 * The unit and offset (in the paragraph) of the first post-only speaker in a paragraph, or null.
 * The clause before the post, from its last break, is the body (县文化和旅游局, 青槐街道办事处).
 */
export function unnamedPostSpeaker(text: string): { at: number; unit: string } | null {
  let best: { at: number; unit: string } | null = null;
  // From each verb back to the post before it: verbs with a comma after them are rarer than titles.
  for (const verb of VERBS) {
    for (let v = text.indexOf(verb); v > 0 && (!best || v < best.at); v = text.indexOf(verb, v + 1)) {
      const after = text[v + verb.length];
      if (after !== "，" && after !== "：") continue;
      let end = v;
      for (const setting of SETTINGS)
        if (text.startsWith(setting, v - setting.length)) end = v - setting.length;
      const post = POSTS.endsAt(text, end, 8);
      if (!post) continue;
      const postAt = end - post.length;
      let start = postAt;
      while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
      const org = text.slice(start, postAt);
      if (org.length < 2 || NARRATIVE.test(org)) continue;
      const unit = unitFromOrg(org);
      if (unit.length < 2 || !(placeAt(unit, 0) || BODY_END.test(unit))) continue;
      if (!best || start < best.at) best = { at: start, unit };
      break;
    }
  }
  return best;
}
