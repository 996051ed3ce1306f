// Where outbox messages go. nodemailer builds every message (headers, MIME,
// encodings) for both transports: the file transport (the default, so a fresh
// install sends nothing anywhere) writes each one as an .eml file named by its
// Message-ID; the SMTP transport hands it to the configured server.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nodemailer from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Stable per message, so a resend after a crash is recognisably the same mail. */
  messageId: string;
}

export interface MailTransport {
  readonly kind: "file" | "smtp";
  readonly where: string;
  send(m: MailMessage): Promise<void>;
  close(): void;
}

export function fileTransport(dir: string, from: string): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "file",
    where: dir,
    async send(m) {
      const info = await builder.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: m.messageId,
      });
      mkdirSync(dir, { recursive: true });
      // Same Message-ID, same file: writing it again changes nothing.
      const name = m.messageId.replace(/[<>]/g, "").replace(/[^\w.@-]/g, "_");
      writeFileSync(join(dir, `${name}.eml`), info.message as Buffer);
    },
    close() {
      builder.close();
    },
  };
}

/** SMTP through a URL such as smtp://user:pass@host:587 or smtps://host:465. */
export function smtpTransport(url: string, from: string): MailTransport {
  const t = nodemailer.createTransport(url);
  return {
    kind: "smtp",
    where: url.replace(/\/\/[^@/]*@/, "//***@"),
    async send(m) {
      await t.sendMail({ from, to: m.to, subject: m.subject, text: m.text, messageId: m.messageId });
    },
    close() {
      t.close();
    },
  };
}

/** LANTU_SMTP_URL chooses SMTP; otherwise files in LANTU_OUTBOX_DIR (default ./data/outbox). */
export function transportFromEnv(env: NodeJS.ProcessEnv = process.env): MailTransport {
  const from = env.LANTU_MAIL_FROM ?? "Lantu 督查室 <lantu@localhost>";
  return env.LANTU_SMTP_URL
    ? smtpTransport(env.LANTU_SMTP_URL, from)
    : fileTransport(env.LANTU_OUTBOX_DIR ?? join("data", "outbox"), from);
}
