// The OpenAPI document and a small browsable reference page built from it.
import { Type } from "@sinclair/typebox";
import type { App } from "../../app-type.ts";

const esc = (s: unknown) => String(s ?? "").replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

interface Op {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
}

export function referenceRoutes(app: App) {
  app.get(
    "/api/openapi.json",
    { schema: { hide: true, response: { 200: Type.Object({}, { additionalProperties: true }) } } },
    async () => app.swagger(),
  );
  app.get("/api/docs", { schema: { hide: true, response: { 200: Type.String() } } }, async (_req, reply) => {
    const spec = app.swagger() as {
      info: { title: string; version: string };
      paths: Record<string, Record<string, Op>>;
    };
    const rows: string[] = [];
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const params = (op.parameters ?? [])
          .map((p) => `<code>${esc(p.in)}:${esc(p.name)}${p.required ? "*" : ""}</code>`)
          .join(" ");
        const body = op.requestBody?.content?.["application/json"]?.schema;
        rows.push(
          `<tr><td>${esc(op.tags?.[0])}</td><td><b>${esc(method.toUpperCase())}</b> <code>${esc(path)}</code></td><td>${esc(op.summary)}</td><td>${params}${
            body
              ? `<details><summary>body</summary><pre>${esc(JSON.stringify(body, null, 1))}</pre></details>`
              : ""
          }</td></tr>`,
        );
      }
    }
    const html = `<!doctype html><meta charset="utf-8"><title>${esc(spec.info.title)} API</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td{border-top:1px solid #ddd;padding:4px 8px;vertical-align:top}pre{font-size:12px;max-width:50em;overflow:auto}</style>
<h1>${esc(spec.info.title)} API ${esc(spec.info.version)}</h1>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Writes need the session cookie, an <code>x-csrf-token</code> header (from <code>GET /api/session</code>) and, for changes to an existing record, <code>If-Match: "version"</code>.</p>
<table><tr><th>resource</th><th>route</th><th>what</th><th>input</th></tr>${rows.join("\n")}</table>`;
    return reply.type("text/html; charset=utf-8").send(html);
  });
}
