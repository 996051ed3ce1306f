// The one place errors become HTTP responses: a LantuError keeps its status
// and code, a schema violation is a 400 naming the field and the rule it
// breaks, anything else is a 500 that reveals nothing. Every body is
// {error: {code, message, field?, rule?, limit?, details?}} with a code from
// the catalogue in src/errors.ts.
import type { FastifyError, FastifyInstance } from "fastify";
import { isLantuError, type FieldProblem } from "../errors.ts";
import { fieldProblem, type AjvError } from "./validation-error.ts";

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (isLantuError(err)) {
      const { field, rule, limit } = (err.details ?? {}) as Partial<FieldProblem>;
      const retry = (err.details as { retry_after?: number } | undefined)?.retry_after;
      if (retry !== undefined) reply.header("retry-after", String(retry));
      return reply.status(err.status).send({
        error: { code: err.code, message: err.message, field, rule, limit, details: err.details },
      });
    }
    if (err.validation && err.validation.length) {
      const { field, rule, limit, message } = fieldProblem(err.validation as AjvError[]);
      const where = err.validationContext ?? "body";
      return reply.status(400).send({
        error: { code: "validation", message: `${where} ${message}`, field, rule, limit, in: where },
      });
    }
    if (err.statusCode === 413) {
      return reply
        .status(413)
        .send({ error: { code: "file_too_large", message: err.message || "the request body is too large" } });
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
