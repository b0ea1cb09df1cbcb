/**
 * Least privilege: the manifest's OAuth scopes (appsscript.json and the built dist/appsscript.json) are exactly the
 * allow-list below, each with the feature that needs it and the broader scope it stands in for; the built bundle
 * uses no Apps Script service those scopes do not cover; the README's permission table lists exactly these scopes;
 * the manifest exposes no web app or API executable, and the sidebar page loads nothing from the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const AUTH = 'https://www.googleapis.com/auth/';

/** The allow-list: scope → the feature that needs it, the services it covers, and what it is used instead of. */
const ALLOWED: Record<string, { feature: string; services: string[]; insteadOf: string[] }> = {
  'spreadsheets.currentonly': { feature: 'reading and writing the bound workbook only', services: ['SpreadsheetApp'], insteadOf: ['spreadsheets', 'drive', 'drive.file', 'drive.readonly'] },
  'script.container.ui': { feature: 'the AfterDesk menu, sidebar and dialogs', services: ['HtmlService'], insteadOf: [] },
  'script.send_mail': { feature: 'MailApp: digests, approvals, surveys, call-backs (cannot read mail)', services: ['MailApp'], insteadOf: ['gmail.send', 'gmail.compose', 'gmail.modify', 'gmail.readonly', 'https://mail.google.com/'] },
  'script.scriptapp': { feature: 'installing the hourly, mail-queue, weekly and form-submit triggers', services: ['ScriptApp'], insteadOf: [] },
  // forms.currentonly exists only for scripts bound to a form; a spreadsheet-bound script that creates one needs forms.
  forms: { feature: 'creating the survey forms and reading their answers', services: ['FormApp'], insteadOf: ['drive', 'drive.file'] },
  'userinfo.email': { feature: 'knowing which agent is signed in (Session) for roles and the audit log', services: ['Session'], insteadOf: ['userinfo.profile', 'admin.directory.user.readonly'] },
};

/** Services that need no OAuth scope of their own. */
const SCOPE_FREE = ['PropertiesService', 'LockService', 'CacheService', 'Utilities', 'Logger', 'Charts'];

/** Every Apps Script service a bundle could name as a global (built-in services and common advanced services). */
const SERVICES = [
  'SpreadsheetApp', 'HtmlService', 'MailApp', 'ScriptApp', 'FormApp', 'Session', ...SCOPE_FREE,
  'GmailApp', 'DriveApp', 'UrlFetchApp', 'CalendarApp', 'DocumentApp', 'SlidesApp', 'ContactsApp', 'GroupsApp',
  'LanguageApp', 'Maps', 'XmlService', 'Jdbc', 'ContentService', 'CardService', 'DataStudioApp', 'SitesApp',
  'Browser', 'Drive', 'Gmail', 'Sheets', 'Calendar', 'AdminDirectory', 'People', 'BigQuery', 'YouTube', 'Tasks',
];

function manifest(path: string): { oauthScopes: string[]; [k: string]: unknown } {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

const short = (s: string) => (s.startsWith(AUTH) ? s.slice(AUTH.length) : s);

describe('OAuth scopes', () => {
  for (const path of ['appsscript.json', 'dist/appsscript.json']) {
    it(`${path} asks for exactly the allow-list`, () => {
      const scopes = manifest(path).oauthScopes;
      expect(scopes.every((s) => s.startsWith(AUTH))).toBe(true);
      expect(scopes.map(short).sort()).toEqual(Object.keys(ALLOWED).sort());
      expect(new Set(scopes).size).toBe(scopes.length);
    });
  }

  it('no scope is one of the broader ones the allow-list stands in for', () => {
    const broader = new Set(Object.values(ALLOWED).flatMap((a) => a.insteadOf).map(short));
    for (const s of manifest('dist/appsscript.json').oauthScopes.map(short)) expect(broader.has(s), s).toBe(false);
  });

  it('the manifest exposes no web app, API executable or add-on entry beyond the bound script', () => {
    const m = manifest('dist/appsscript.json');
    expect(Object.keys(m).sort()).toEqual(['exceptionLogging', 'oauthScopes', 'runtimeVersion', 'timeZone']);
  });
});

describe('the bundle uses only what the scopes cover', () => {
  it('every Apps Script service named in dist/Code.js is covered by a listed scope or needs none', () => {
    const code = readFileSync(join(ROOT, 'dist/Code.js'), 'utf8');
    const used = SERVICES.filter((s) => new RegExp(`(?<![\\w$.])${s}\\s*\\.\\s*[A-Za-z_$]`).test(code)).sort();
    const covered = new Set([...Object.values(ALLOWED).flatMap((a) => a.services), ...SCOPE_FREE]);
    expect(used.filter((s) => !covered.has(s))).toEqual([]);
    // …and each listed scope is used by something (no scope asked for nothing).
    for (const [scope, a] of Object.entries(ALLOWED)) expect(a.services.some((s) => used.includes(s)), scope).toBe(true);
    expect(used).toEqual(['Charts', 'FormApp', 'HtmlService', 'LockService', 'MailApp', 'PropertiesService', 'ScriptApp', 'Session', 'SpreadsheetApp', 'Utilities'].sort());
  });

  it('the sidebar page loads no script, style, font or image from the network', () => {
    const html = readFileSync(join(ROOT, 'dist/Sidebar.html'), 'utf8');
    expect(html.match(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//gi) ?? []).toEqual([]);
    expect(html.match(/@import\s+url\(|url\(\s*["']?https?:/gi) ?? []).toEqual([]);
  });
});

describe('the README says the same', () => {
  it('its permission table lists exactly the manifest\'s scopes', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.split(/^### Permissions \(OAuth scopes\)/m)[1]!.split(/^#{2,3} /m)[0]!;
    const listed = [...section.matchAll(/^\| `([\w.:/-]+)` \|/gm)].map((m) => m[1]!);
    expect(listed.sort()).toEqual(manifest('dist/appsscript.json').oauthScopes.map(short).sort());
  });
});
