/** MailApp: an outbox, the daily recipient quota (reset at the simulated day boundary), and .eml rendering. */
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
}

export interface MailState {
  outbox: SentMail[];
  quota: number;
  usedToday: number;
  day: string;
}

function recipients(...lists: string[]): number {
  return lists.join(',').split(',').map((s) => s.trim()).filter(Boolean).length;
}

export function makeMailApp(emu: Emu, state: MailState) {
  const roll = () => {
    const day = formatJavaDate(emu.now, 'America/Los_Angeles', 'yyyy-MM-dd');
    if (day !== state.day) {
      state.day = day;
      state.usedToday = 0;
    }
  };
  const send = (m: Omit<SentMail, 'at'>) => {
    roll();
    const n = recipients(m.to, m.cc, m.bcc);
    if (n === 0) throw new Error('Exception: Failed to send email: no recipient');
    if (n > 50) throw new Error('Exception: Limit Exceeded: Email Recipients Per Message.');
    if (state.quota - state.usedToday < n) throw new Error('Exception: Service invoked too many times for one day: email.');
    state.usedToday += n;
    state.outbox.push({ ...m, at: emu.now });
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
      roll();
      return Math.max(0, state.quota - state.usedToday);
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
export function toEml(m: SentMail, from: string): string {
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
