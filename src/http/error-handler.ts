// The one place errors become HTTP responses: a LantuError keeps its status
// and code, a schema violation is a 400 naming the field, anything else is a
// 500 that reveals nothing.
import type { FastifyError, FastifyInstance } from "fastify";
import { isLantuError } from "../errors.ts";

interface AjvError {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function fieldOf(e: AjvError): string {
  const path = (e.instancePath ?? "").replace(/^\//, "").replace(/\//g, ".");
  const extra = (e.params?.missingProperty ?? e.params?.additionalProperty) as string | undefined;
  return [path, extra].filter(Boolean).join(".") || "(root)";
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (isLantuError(err)) {
      const field = (err.details as { field?: string } | undefined)?.field;
      const retry = (err.details as { retry_after?: number } | undefined)?.retry_after;
      if (retry !== undefined) reply.header("retry-after", String(retry));
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.message, field, details: err.details } });
    }
    if (err.validation && err.validation.length) {
      const first = err.validation[0] as AjvError;
      const field = fieldOf(first);
      const where = err.validationContext ?? "body";
      const message =
        first.params?.additionalProperty !== undefined
          ? `${field}: unknown field`
          : `${field}: ${first.message ?? "is invalid"}`;
      return reply
        .status(400)
        .send({ error: { code: "validation", message: `${where} ${message}`, field, in: where } });
    }
    if (err.statusCode === 429) {
      return reply
        .status(429)
        .send({ error: { code: "rate_limited", message: "too many attempts; wait and retry" } });
    }
    if (err.code === "FST_CSRF_INVALID_TOKEN" || err.code === "FST_CSRF_MISSING_SECRET") {
      return reply
        .status(403)
        .send({ error: { code: "csrf", message: "missing or invalid CSRF token (send x-csrf-token)" } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: { code: "bad_request", message: err.message } });
    }
    req.log.error(err);
    return reply.status(500).send({ error: { code: "internal", message: "internal error" } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .status(404)
      .send({ error: { code: "not_found", message: `no route ${req.method} ${req.url.split("?")[0]}` } }),
  );
}
