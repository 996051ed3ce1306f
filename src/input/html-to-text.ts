// The visible text of an HTML page, one line per block: what a reader sees,
// not the markup. htmlparser2 tokenises the page (tags, comments, raw-text
// elements, entity decoding); the rules for which text is visible and where
// lines break are the page layout's, kept here because no library applies
// them without a browser.
import { Parser } from "htmlparser2";
import { LantuError } from "../errors.ts";

/**
 * How deep elements may nest. htmlparser2 keeps its open elements in an
 * array it shifts at the front, so each level costs as much as the levels
 * open: 50,000 unclosed tags took 30 s. Real pages nest a few dozen deep;
 * past this the page is refused rather than parsed in quadratic time.
 */
export const MAX_HTML_DEPTH = 1000;

// Elements whose content a reader never sees as text.
const HIDDEN = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "title",
  "iframe",
  "object",
  "svg",
  "canvas",
]);

// Elements that start and end a line of their own.
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);

const CELL = new Set(["td", "th"]);

// HTML's collapsible white space: not U+3000 (the ideographic space that
// indents Chinese paragraphs) and not U+00A0.
const HTML_SPACE = /[ \t\n\r\f]+/g;

// East Asian wide characters (and the quotes, dashes and ellipsis Chinese
// shares with English): a source line break between two of them is
// dropped rather than rendered as a space (CSS Text 3, segment breaks), so a
// sentence wrapped in the page's source stays one sentence.
const WIDE = /[\u2010-\u2027\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/**
 * The visible text of `html`, one line per block element or <br>, each line
 * ending in "\n"; a LantuError (file_too_complex) when elements nest deeper
 * than MAX_HTML_DEPTH.
 */
export function htmlToText(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const lines: string[] = [];
  let line = ""; // the current line, white space already collapsed
  let pending = ""; // raw text not yet collapsed, so that collapsing sees across text events
  let hiddenDepth = 0;
  let preDepth = 0;
  let depth = 0; // the parser's open elements: each open event is matched by one close, implied or not

  const flush = () => {
    if (!pending) return;
    let text = pending.replace(HTML_SPACE, (space, at: number, all: string) => {
      if (/[\n\r]/.test(space) && WIDE.test(all.charAt(at - 1)) && WIDE.test(all.charAt(at + space.length)))
        return "";
      return " ";
    });
    if (line === "" || /[ \t]$/.test(line)) text = text.replace(/^ /, "");
    line += text;
    pending = "";
  };
  const endLine = () => {
    flush();
    const done = line.replace(/\u00a0/g, " ").replace(/^[ \t]+|[ \t]+$/g, "");
    if (done) lines.push(done);
    line = "";
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++depth > maxDepth) {
          throw new LantuError(
            "file_too_complex",
            `HTML elements nest more than ${maxDepth} deep (unclosed <${name}> tags?); no page a reader sees needs that`,
            { limit: "maxDepth", max: maxDepth },
          );
        }
        if (hiddenDepth > 0 || HIDDEN.has(name) || isHidden(attribs)) {
          hiddenDepth++;
          return;
        }
        if (name === "pre" || name === "textarea") preDepth++;
        if (BLOCK.has(name) || name === "br") endLine();
        else if (CELL.has(name)) {
          flush();
          line = line.replace(/[ \t]+$/, "");
          if (line) line += "\t";
        }
      },
      onclosetag(name) {
        depth--;
        if (hiddenDepth > 0) {
          hiddenDepth--;
          return;
        }
        if (name === "pre" || name === "textarea") preDepth--;
        if (BLOCK.has(name)) endLine();
      },
      ontext(text) {
        if (hiddenDepth > 0) return;
        if (preDepth === 0) {
          pending += text;
          return;
        }
        // Preformatted text keeps its spaces and its own line breaks.
        flush();
        const parts = text.split(/\r\n|\r|\n/);
        parts.forEach((part, i) => {
          if (i > 0) endLine();
          line += part;
        });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  return lines.length ? lines.join("\n") + "\n" : "";
}

function isHidden(attribs: Record<string, string>): boolean {
  if ("hidden" in attribs) return true;
  const style = attribs.style;
  return (
    style !== undefined &&
    /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important\s*)?(;|$)/i.test(style)
  );
}
