import nodemailer from 'nodemailer';
import type { Clock } from '../clock.js';
import type { Db } from '../db/types.js';
import { type OutboxMessage, sendPendingEmails } from '../services/outbox.js';

export type Send = (message: OutboxMessage) => Promise<void>;

/** SMTP through nodemailer, e.g. `SMTP_URL=smtps://user:pass@smtp.example.com`. */
export function smtpSender(smtpUrl: string, from: string): Send {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (m) => {
    await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html });
  };
}

/** Development: print the link instead of sending; the message stays readable at /dev/outbox. */
export function consoleSender(log: (line: string) => void): Send {
  return async (m) => {
    log(`✉  ${m.kind} for ${m.to}: ${m.link ?? m.subject}`);
  };
}

/** Sends what the outbox holds every `intervalMs`; returns a stop function. */
export function startOutboxDispatcher(
  db: Db,
  clock: Clock,
  send: Send,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => sendPendingEmails({ db, clock }, send))
      .catch((error) => options.onError?.(error));
  }, options.intervalMs ?? 1000);
  timer.unref?.();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
