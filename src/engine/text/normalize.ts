// Folds half-width punctuation and digits into one form, one code unit for
// one code unit, so that every index into the folded text is also an index
// into the original text and spans need no mapping back.

const FOLD: Record<string, string> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "!": "！",
  "?": "？",
  "(": "（",
  ")": "）",
  "\u3000": " ",
  "\t": " ",
  "\r": " ",
  "\u00a0": " ",
  "\ufeff": " ",
  "〔": "（",
  "〕": "）",
  "﹐": "，",
  "﹔": "；",
  "﹕": "：",
  "＂": '"',
  "＇": "'",
  "「": "“",
  "」": "”",
  "『": "‘",
  "』": "’",
  "．": ".",
  "％": "%",
  "＋": "+",
  "－": "-",
  "～": "~",
};

// Full-width digits and Latin letters fold to ASCII.
function foldChar(ch: string): string {
  const mapped = FOLD[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0);
  }
  return ch;
}

const NEEDS_FOLD = /[,;:!?()\u3000\t\r\u00a0\ufeff〔〕﹐﹔﹕＂＇「」『』．％＋－～０-９Ａ-Ｚａ-ｚ]/;

/**
 * Returns text of the same length with punctuation folded to the full-width
 * Chinese form and digits to ASCII. Straight double quotes become “ or ”
 * by alternation within a line, so quoted slogans look the same whichever
 * way the source typed them.
 */
export function foldText(text: string): string {
  if (!NEEDS_FOLD.test(text) && !text.includes('"')) return text;
  const out = new Array<string>(text.length);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") open = false;
    if (ch === '"' || ch === "＂") {
      out[i] = open ? "”" : "“";
      open = !open;
      continue;
    }
    out[i] = foldChar(ch);
  }
  return out.join("");
}
