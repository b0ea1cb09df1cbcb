/** Utilities, Session, HtmlService, Logger: the small services, faithful where AfterDesk relies on them. */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emu } from './emu';
import { formatJavaDate } from './format';

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes, CRLF. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('Exception: Could not parse text.');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const toSigned = (buf: Buffer) => Array.from(buf, (b) => (b > 127 ? b - 256 : b));

export function makeUtilities(emu: Emu) {
  return emu.wrap({
    formatDate: (d: Date, tz: string, pattern: string) => formatJavaDate(d.getTime(), tz, pattern),
    parseCsv: (text: string, delimiter?: string) => parseCsv(String(text), delimiter ?? ','),
    getUuid: () => randomUUID(),
    computeDigest: (alg: string, value: string) => toSigned(createHash(alg === 'MD5' ? 'md5' : alg === 'SHA_1' ? 'sha1' : 'sha256').update(value, 'utf8').digest()),
    computeHmacSha256Signature: (value: string, key: string) => toSigned(createHmac('sha256', key).update(value, 'utf8').digest()),
    base64Encode: (s: string | number[]) => Buffer.from(typeof s === 'string' ? Buffer.from(s, 'utf8') : Uint8Array.from(s)).toString('base64'),
    base64EncodeWebSafe: (s: string | number[]) => Buffer.from(typeof s === 'string' ? Buffer.from(s, 'utf8') : Uint8Array.from(s)).toString('base64url'),
    base64Decode: (s: string) => toSigned(Buffer.from(s, 'base64')),
    newBlob: (data: string) => ({ getDataAsString: () => data, getBytes: () => toSigned(Buffer.from(data, 'utf8')) }),
    sleep: (ms: number) => { emu.now += ms; },
    DigestAlgorithm: { MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256' },
    Charset: { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' },
  }, 'Utilities');
}

export function makeSession(emu: Emu) {
  // Both need userinfo.email; the active user is blank where Apps Script hides it (accounts.ts).
  const email = (who: () => string) => () => {
    emu.accounts?.requireScope('https://www.googleapis.com/auth/userinfo.email', 'User.getEmail');
    return emu.accounts ? who() : emu.userEmail;
  };
  return emu.wrap({
    getActiveUser: () => ({ getEmail: email(() => emu.accounts.activeUserEmail()) }),
    getEffectiveUser: () => ({ getEmail: email(() => emu.userEmail) }),
    getScriptTimeZone: () => emu.timeZone,
    getActiveUserLocale: () => emu.locale,
    getTemporaryActiveUserKey: () => `key-${emu.userEmail}`,
  }, 'Session');
}

export function makeHtmlService(emu: Emu, distDir: string) {
  const output = (html: string) => {
    let title = '';
    const o = {
      getContent: () => html,
      setContent: (h: string) => { html = h; return o; },
      append: (h: string) => { html += h; return o; },
      setTitle: (t: string) => { title = t; return o; },
      getTitle: () => title,
      setWidth: () => o,
      setHeight: () => o,
      setSandboxMode: () => o,
      setXFrameOptionsMode: () => o,
      addMetaTag: () => o,
      setFaviconUrl: () => o,
    };
    return o;
  };
  return emu.wrap({
    createHtmlOutput: (html = '') => output(String(html)),
    createHtmlOutputFromFile: (name: string) => output(readFileSync(join(distDir, name.endsWith('.html') ? name : `${name}.html`), 'utf8')),
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
  }, 'HtmlService');
}

export function makeLogger(lines: string[]) {
  return { log: (...a: unknown[]) => { lines.push(a.map(String).join(' ')); }, clear: () => { lines.length = 0; }, getLog: () => lines.join('\n') };
}
