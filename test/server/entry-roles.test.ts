/**
 * Every top-level function of the real dist/Code.js (what the sidebar, the menu or any editor's browser console can
 * call) has a row here: the roles that may call it, or why it is open. A new entry point without a row fails. Each
 * guarded one refuses a stranger, an inactive agent and every role it does not list, with the bilingual message and
 * nothing written (every tab, the document and script properties, triggers, forms, mail); the lowest role it lists
 * gets past the check. Each open one, called by a stranger, writes nothing either.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RoleKey } from '../../sheets-templates/enums';
import { ROLE_OF } from '../../src/server/team/roles';
import type { ApiResult } from '../../src/shared/result';
import { freshDesk, plain, ROOT, TEAM, type Desk } from './harness';

const STRANGER = 'stranger@elsewhere.test';
const GONE = 'gone@shop.test';
const BY_ROLE: Record<RoleKey, string> = { owner: 'owner@shop.test', lead: 'lead@shop.test', agent: 'aisyah@shop.test' };
const ROLES: RoleKey[] = ['agent', 'lead', 'owner'];
const TEAM_ROLES: RoleKey[] = ['owner', 'lead', 'agent'];
const LEADS: RoleKey[] = ['owner', 'lead'];

const CASE = { channel: 'shopee_chat', reason: 'damaged', language: 'en', customerName: 'Ana', email: 'ana@example.com', description: 'Cup broke, call 012-345 6789' };
const RETURNS_CSV = readFileSync(join(ROOT, 'test/fixtures/shopee-returns-en.csv'), 'utf8');
const ORDERS_CSV = 'Order ID,Order Status,Order Creation Date,Username (Buyer),Receiver Name,Product Name,SKU Reference No.,Variation Name,Deal Price,Quantity,Product Subtotal\n'
  + '261116AAAA0001,Completed,2026-11-16 09:00,buyer.two,Bo,Mug,MUG-01,,19.90,1,19.90\n';

interface Guarded {
  /** The name it passes to asApi, whose ROLE_OF row must list exactly `roles`. */
  api: string;
  roles: RoleKey[];
  args?: (d: Fixture) => unknown[];
  /** A menu item acting on the selected line of the Review tab. */
  selectReview?: true;
}
interface Open {
  open: string;
  args?: (d: Fixture) => unknown[];
}

interface Fixture extends Desk {
  ticketId: string;
}

/** One row per top-level function of the bundle. */
const ENTRY: Record<string, Guarded | Open> = {
  onOpen: { open: 'simple trigger: builds the AfterDesk menu; reads and writes nothing' },
  onInstall: { open: 'simple trigger: builds the menu, as onOpen' },
  menuOpenSidebar: { open: 'shows the sidebar page; every server function the page calls is guarded' },
  onHourly: { open: 'installable trigger: does nothing unless it runs as the recorded automation owner' },
  onMailQueue: { open: 'installable trigger: sends only as the recorded automation owner' },
  onSurveySubmit: { open: 'installable trigger: does nothing unless it runs as the automation owner; a form answer is checked against its signed reference', args: () => [{ namedValues: {}, values: [] }] },
  onWeeklyReview: { open: 'installable trigger: does nothing unless it runs as the automation owner' },
  onWeeklyStaffing: { open: 'installable trigger: does nothing unless it runs as the automation owner' },
  onPromoEveStaffing: { open: 'installable trigger: does nothing unless it runs as the automation owner' },
  continueArchive: { open: 'one-off trigger: only continues an archive run a lead or owner started (its checkpoint); without one it does nothing' },

  apiBootstrap: { api: 'bootstrap', roles: TEAM_ROLES },
  apiCaseContext: { api: 'caseContext', roles: TEAM_ROLES, args: () => [{ customerId: 'buyer.one' }] },
  apiAnalyzeMessage: { api: 'analyzeMessage', roles: TEAM_ROLES, args: () => ['my cup arrived broken', {}] },
  apiGetTicket: { api: 'getTicket', roles: TEAM_ROLES, args: (d) => [d.ticketId] },
  apiLogCase: { api: 'logCase', roles: TEAM_ROLES, args: () => [CASE] },
  apiUpdateTicket: { api: 'updateTicket', roles: TEAM_ROLES, args: (d) => [d.ticketId, { status: 'open', reply: 'Checking' }] },
  apiKbSearch: { api: 'kbSearch', roles: TEAM_ROLES, args: () => ['refund', {}] },
  apiKbUse: { api: 'kbUse', roles: TEAM_ROLES, args: () => ['KB-001'] },
  apiPromoteToKb: { api: 'promoteToKb', roles: TEAM_ROLES, args: (d) => [d.ticketId] },
  apiCompleteCallback: { api: 'completeCallback', roles: TEAM_ROLES, args: () => ['C-00001', 'Called, refunded'] },
  apiUpdateOutreach: { api: 'updateOutreach', roles: TEAM_ROLES, args: () => [2, 'done'] },
  apiDecideApproval: { api: 'decideApproval', roles: LEADS, args: () => ['A-00001', 'approve', 'fine'] },
  apiImportOrders: { api: 'importOrders', roles: LEADS, args: () => [ORDERS_CSV] },
  apiImportReturns: { api: 'importReturns', roles: LEADS, args: () => [RETURNS_CSV] },
  menuRefreshDashboard: { api: 'refreshDashboard', roles: TEAM_ROLES },
  menuCheckAlerts: { api: 'checkAlerts', roles: LEADS },
  menuRunWeeklyReview: { api: 'weeklyReview', roles: LEADS },
  menuCreateActionFromReview: { api: 'createActionFromReview', roles: LEADS, selectReview: true },
  menuPromoteReviewLine: { api: 'promoteReviewLine', roles: LEADS, selectReview: true },
  menuRefreshStaffing: { api: 'refreshStaffing', roles: LEADS },
  menuSetup: { api: 'setup', roles: LEADS },
  menuInstallTriggers: { api: 'installTriggers', roles: LEADS },
  menuCreateSurvey: { api: 'createSurveyForms', roles: LEADS },
  menuArchive: { api: 'archive', roles: LEADS },
  menuTakeOverTriggers: { api: 'takeOverTriggers', roles: ['owner'] },
};

const isOpen = (e: Guarded | Open): e is Open => 'open' in e;

/** A small shop with one ticket, a pending approval (an agent asked for 80 over their 50) and a weekly review. */
function fixture(): Fixture {
  const d = freshDesk();
  d.sheet('Agents').getRange(TEAM.length + 2, 1, 1, 6).setValues([[GONE, 'Gone', 'Agent', 'en', false, '']]);
  const ticketId = d.ok('apiLogCase', CASE).ticket.ticketId as string;
  d.as(BY_ROLE.agent);
  d.env.clock.advance(60_000);
  d.ok('apiUpdateTicket', ticketId, { compensation: 80, resolution: 'partial_refund' });
  d.as(BY_ROLE.owner);
  d.ok('apiRunWeeklyReview', {});
  return Object.assign(d, { ticketId });
}

/** Everything a call could change: every tab's cells, properties, triggers, forms, sent mail. */
function snapshot(d: Desk): string {
  const ss = d.env.spreadsheet;
  return JSON.stringify({
    tabs: ss.getSheets().map((s) => [s.getName(), plain(s.getDataRange().getValues())]),
    props: d.env.properties,
    triggers: d.env.triggers.map((t) => [t.handler, t.owner]),
    forms: d.env.forms.list.length,
    outbox: d.env.outbox.length,
  });
}

type Outcome = { refused: false } | { refused: true; key: string; en: string; zh: string };

/** Calls an entry point as `who`; a menu item's refusal is the toast it shows. */
function callAs(d: Fixture, who: string, name: string, e: Guarded | Open): Outcome {
  d.as(who);
  if (!isOpen(e) && e.selectReview) d.sheet('Review').getRange(4, 1).activate();
  const toasts = d.env.toasts.length;
  const r = d.bundle.call(name, ...(e.args?.(d) ?? [])) as ApiResult<unknown> | undefined;
  if (r && typeof r === 'object' && 'ok' in r) return r.ok ? { refused: false } : { refused: true, ...r.error };
  // A menu item may first say what it starts ("Refreshing…"): its last toast is the outcome.
  const shown = d.env.toasts.slice(toasts).at(-1)?.msg ?? '';
  if (/not an active member|^Only (an owner|a lead)/.test(shown)) {
    const [en = '', zh = ''] = shown.split('\n');
    return { refused: true, key: /not an active member/.test(en) ? 'not_on_team' : 'role_required', en, zh };
  }
  return { refused: false };
}

describe('every top-level function of dist/Code.js has a row', () => {
  it('the rows are exactly the bundle\'s entry points (a new one without a row fails)', () => {
    const d = freshDesk();
    const built = JSON.parse(readFileSync(join(ROOT, 'dist/entry-points.json'), 'utf8')) as string[];
    expect(d.bundle.functions().sort()).toEqual(built.sort());
    expect(Object.keys(ENTRY).sort()).toEqual(built.sort());
  });

  it('each guarded row names an asApi key whose ROLE_OF row lists exactly its roles', () => {
    for (const [name, e] of Object.entries(ENTRY)) {
      if (isOpen(e)) {
        expect(e.open.length, name).toBeGreaterThan(20);
        continue;
      }
      expect(ROLE_OF[e.api], `${name} → ${e.api}`).toBeDefined();
      expect([...ROLE_OF[e.api]!].sort(), `${name} → ${e.api}`).toEqual([...e.roles].sort());
    }
  });
});

/** asApi keys with no ROLE_OF row: run only by triggers (which run as their owner, often with no visible e-mail) or read-only. */
const UNGUARDED: Record<string, string> = {
  hourly: 'the hourly trigger (onHourly); also the private apiHourly_ the CLI runs',
  learnShopWordsHourly: 'the hourly trigger',
  weeklyReviewTrigger: 'the Monday trigger (onWeeklyReview)',
  weeklyStaffing: 'the weekly staffing trigger',
  promoEveStaffing: 'the promo-eve staffing trigger',
  archiveContinue: 'the archive continuation trigger, only with a checkpoint a lead or owner started',
  kpi: 'private (apiKpi_), read-only figures for the CLI',
  detectIntent: 'private (apiDetectIntent_), read-only, works without a workbook',
  detectIntents: 'private (apiDetectIntents_), read-only, works without a workbook',
};

describe('every asApi key of the bundle is guarded or has a reason', () => {
  it('the keys named in dist/Code.js are ROLE_OF rows or UNGUARDED rows, and no row is stale', () => {
    const code = readFileSync(join(ROOT, 'dist/Code.js'), 'utf8');
    const named = new Set([...code.matchAll(/asApi\(\s*"(\w+)"/g)].map((m) => m[1]!));
    // runAndRearm(name) in src/server/staffing/main.ts passes its trigger's name through a variable.
    for (const m of code.matchAll(/runAndRearm\(\s*"(\w+)"/g)) named.add(m[1]!);
    const unlisted = [...named].filter((n) => !(n in ROLE_OF) && !(n in UNGUARDED));
    expect(unlisted).toEqual([]);
    for (const n of [...Object.keys(ROLE_OF), ...Object.keys(UNGUARDED)]) expect(named.has(n), n).toBe(true);
    for (const n of Object.keys(UNGUARDED)) expect(n in ROLE_OF, n).toBe(false);
  });
});

describe('a guarded entry point refuses, and writes nothing', () => {
  const guarded = Object.entries(ENTRY).filter((x): x is [string, Guarded] => !isOpen(x[1]));
  it.each(guarded)('%s', (name, e) => {
    const d = fixture();
    const before = snapshot(d);
    const refusals: [string, Outcome][] = [
      [STRANGER, callAs(d, STRANGER, name, e)],
      [GONE, callAs(d, GONE, name, e)],
      ...ROLES.filter((r) => !e.roles.includes(r)).map((r): [string, Outcome] => [BY_ROLE[r], callAs(d, BY_ROLE[r], name, e)]),
    ];
    for (const [who, o] of refusals) {
      expect(o.refused, `${name} as ${who}`).toBe(true);
      if (!o.refused) continue;
      const outsider = who === STRANGER || who === GONE;
      expect(o.key, `${name} as ${who}`).toBe(outsider ? 'not_on_team' : 'role_required');
      expect(o.en).toMatch(outsider ? /is not an active member in the Agents tab/ : /^Only /);
      expect(o.zh).toMatch(outsider ? /不是客服表中的在岗成员/ : /只有/);
    }
    expect(snapshot(d), name).toBe(before);
    // The lowest role the row lists gets past the check (whatever the action then says about its arguments).
    const allowed = ROLES.find((r) => e.roles.includes(r))!;
    const ok = callAs(d, BY_ROLE[allowed], name, e);
    if (ok.refused) expect(['not_on_team', 'role_required'], `${name} as ${allowed}`).not.toContain(ok.key);
  });
});

describe('an open entry point called by a stranger from the console writes nothing', () => {
  const open = Object.entries(ENTRY).filter((x): x is [string, Open] => isOpen(x[1]));
  it.each(open)('%s', (name, e) => {
    const d = fixture();
    const before = snapshot(d);
    d.as(STRANGER);
    d.bundle.call(name, ...(e.args?.(d) ?? []));
    expect(snapshot(d), name).toBe(before);
  });
});

describe('gaps closed', () => {
  it('continueArchive called by a stranger no longer starts an archive run; the owner\'s menu item archives', () => {
    const d = fixture();
    d.ok('apiUpdateTicket', d.ticketId, { status: 'resolved', resolution: 'refund' });
    d.setting('Archive After Months', '1');
    d.env.clock.advance(40 * 86_400_000);
    const before = snapshot(d);
    d.as(STRANGER);
    d.bundle.call('continueArchive');
    expect(snapshot(d)).toBe(before);
    d.as(BY_ROLE.owner);
    d.bundle.call('menuArchive');
    expect(d.rows('Archive').slice(1).map((r) => r[0])).toEqual([d.ticketId]);
  });
});
