/**
 * MailApp: an outbox, each message sent from the account running the code and counted against that account's
 * daily recipient quota (reset at the simulated day boundary), and .eml rendering with that account as From.
 */
import type { Emu } from './emu';
import { formatJavaDate } from './format';

export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  replyTo: string;
  at: number;
  /** The sending account (the effective user of the execution). */
  from?: string;
}

export interface MailState {
  outbox: SentMail[];
  quota: number;
  usedToday: number;
  day: string;
  /** A quota given explicitly (tests, old state files) applies to every account; otherwise by account kind. */
  quotaSet?: boolean;
}

function recipients(...lists: string[]): number {
  return lists.join(',').split(',').map((s) => s.trim()).filter(Boolean).length;
}

export function makeMailApp(emu: Emu, state: MailState) {
  // Each account has its own quota; the day rolls over at midnight Pacific time.
  const roll = () => {
    const day = formatJavaDate(emu.now, 'America/Los_Angeles', 'yyyy-MM-dd');
    const a = emu.accounts.current();
    if (day !== a.mailDay) {
      a.mailDay = day;
      a.mailUsedToday = 0;
    }
    state.day = day;
    return a;
  };
  const quota = () => (state.quotaSet ? state.quota : emu.accounts.mailQuota(emu.userEmail));
  const send = (m: Omit<SentMail, 'at'>) => {
    const a = roll();
    const n = recipients(m.to, m.cc, m.bcc);
    if (n === 0) throw new Error('Exception: Failed to send email: no recipient');
    if (n > 50) throw new Error('Exception: Limit Exceeded: Email Recipients Per Message.');
    const bad = m.to.split(',').map((x) => x.trim()).find((x) => x && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(x));
    if (bad) throw new Error(`Exception: Invalid email: ${bad}`);
    if (quota() - a.mailUsedToday < n) throw new Error('Exception: Service invoked too many times for one day: email.');
    a.mailUsedToday += n;
    state.usedToday = a.mailUsedToday;
    state.outbox.push({ ...m, at: emu.now, from: emu.userEmail });
  };
  return emu.wrap({
    sendEmail: (a: unknown, subject?: string, body?: string, options?: Record<string, string>) => {
      if (typeof a === 'object' && a !== null) {
        const o = a as Record<string, string>;
        send({ to: o['to'] ?? '', cc: o['cc'] ?? '', bcc: o['bcc'] ?? '', subject: o['subject'] ?? '', body: o['body'] ?? '', htmlBody: o['htmlBody'] ?? '', name: o['name'] ?? '', replyTo: o['replyTo'] ?? '' });
      } else {
        const o = options ?? {};
        send({ to: String(a), cc: o['cc'] ?? '', bcc: o['bcc'] ?? '', subject: String(subject ?? ''), body: String(body ?? ''), htmlBody: o['htmlBody'] ?? '', name: o['name'] ?? '', replyTo: o['replyTo'] ?? '' });
      }
    },
    getRemainingDailyQuota: () => {
      const a = roll();
      return Math.max(0, quota() - a.mailUsedToday);
    },
  }, 'MailApp');
}

function encodeWord(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

function b64lines(s: string): string {
  return (Buffer.from(s, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** The message as an RFC 5322 file: multipart/alternative with text and HTML parts, UTF-8 throughout. */
export function toEml(m: SentMail, fallbackFrom: string): string {
  const from = m.from || fallbackFrom;
  const boundary = `afterdesk-${m.at.toString(36)}`;
  const date = new Date(m.at).toUTCString().replace('GMT', '+0000');
  const headers = [
    `From: ${m.name ? `${encodeWord(m.name)} ` : ''}<${from}>`,
    `To: ${m.to}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    `Subject: ${encodeWord(m.subject)}`,
    `Date: ${date}`,
    'MIME-Version: 1.0',
  ];
  if (!m.htmlBody) {
    return [...headers, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', b64lines(m.body), ''].join('\r\n');
  }
  return [
    ...headers,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64lines(m.body),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64lines(m.htmlBody),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
