/**
 * `tsx scripts/digest-png.ts [OUTBOX_DIR] [--out docs/img/digest-phone.png]`: the latest alert digest in an outbox
 * (default out/demo.xlsx.outbox from `npm run demo`) as a phone shows it — its HTML part rendered by Debian Chromium
 * at 390 px, twice the pixels, the whole page. Prints the PNG path.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const out = resolve(flag('out') ?? 'docs/img/digest-phone.png');
const dir = resolve(args[0] ?? 'out/demo.xlsx.outbox');

/** The HTML part of a multipart .eml as the emulator writes it (base64, UTF-8). */
export function htmlOfEml(eml: string): string {
  const m = /Content-Type: text\/html; charset=UTF-8\r?\nContent-Transfer-Encoding: base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(eml);
  if (!m) throw new Error('digest-png: the message has no HTML part');
  return Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64').toString('utf8');
}

const digests = readdirSync(dir).filter((f) => f.endsWith('.eml') && /-AfterDesk-/.test(f) && !/Call-back|Approval/.test(f)).sort();
const latest = digests[digests.length - 1];
if (!latest) throw new Error(`digest-png: no alert digest in ${dir}`);
const html = htmlOfEml(readFileSync(join(dir, latest), 'utf8'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await page.setContent(html, { waitUntil: 'load' });
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
console.log(`${latest} → ${out}`);
