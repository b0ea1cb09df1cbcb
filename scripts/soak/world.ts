/**
 * The soak's shop: the real bundle (dist/Code.js) in a fresh emulator, set up with a team (owner, lead, two
 * agents, one inactive), survey forms, the triggers, a few orders and a user column of its own in Tickets.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGasEnvironment, type GasEnvironment } from '../../src/local/gas';
import { loadBundle, type Bundle } from '../../src/local/runtime';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE = join(ROOT, 'dist', 'Code.js');

export const OWNER = 'owner@shop.test';
export const LEAD = 'lead@shop.test';
export const AGENTS = ['aisyah@shop.test', 'jun@shop.test'];
export const INACTIVE = 'left@shop.test';
/** The accounts that click in the sidebar (the inactive one too: its saves must be refused or harmless). */
export const PEOPLE = [OWNER, LEAD, ...AGENTS, INACTIVE];

export const TEAM = [
  [OWNER, 'Olivia Owner', 'Owner', 'en, zh-CN, ms', true, ''],
  [LEAD, 'Lee Lead', 'Lead', 'zh-CN, en', true, ''],
  [AGENTS[0], 'Aisyah', 'Agent', 'ms, en', true, ''],
  [AGENTS[1], 'Jun', 'Agent', 'zh-CN, en', true, ''],
  [INACTIVE, 'Left Us', 'Agent', 'en', false, ''],
];

/** The user's own column in Tickets (the add-on must never write it). */
export const USER_COLUMN = 'My Notes';

export interface World {
  env: GasEnvironment;
  bundle: Bundle;
  /** Survey form ids by language. */
  forms: Record<string, { formId: string }>;
}

type ApiResult = { ok: boolean; data?: unknown; error?: { key: string; en: string } };

export function buildWorld(start: number): World {
  if (!existsSync(CODE)) throw new Error('dist/Code.js is missing: run `npm run build` first');
  const env = createGasEnvironment({ timeZone: 'Asia/Kuala_Lumpur', now: start, userEmail: OWNER, distDir: join(ROOT, 'dist') });
  const bundle = loadBundle(env, CODE);
  const ok = (fn: string, ...args: unknown[]) => {
    const r = bundle.call(fn, ...args) as ApiResult;
    if (!r.ok) throw new Error(`soak set-up: ${fn} failed: ${r.error?.en}`);
    return r.data;
  };
  ok('apiSetup');
  const ss = env.spreadsheet;
  ss.getSheetByName('Agents')!.getRange(2, 1, TEAM.length, TEAM[0]!.length).setValues(TEAM as unknown[][]);
  // Closed tickets older than a month go to the Archive (the soak jumps the clock once to get there).
  const settings = ss.getSheetByName('Settings')!;
  const keys = settings.getRange(1, 1, settings.getLastRow(), 1).getValues().map((r) => String(r[0]));
  settings.getRange(keys.indexOf('Archive After Months') + 1, 2).setValue(1);
  ok('apiInstallTriggers');
  ok('apiCreateSurveyForms');
  const tickets = ss.getSheetByName('Tickets')!;
  const width = tickets.getLastColumn();
  if (tickets.getMaxColumns() <= width) tickets.insertColumnsAfter(tickets.getMaxColumns(), 1);
  tickets.getRange(1, width + 1).setValue(USER_COLUMN);
  const forms = JSON.parse(env.globals.PropertiesService.getDocumentProperties().getProperty('AFTERDESK_SURVEY_FORMS') ?? '{}') as World['forms'];
  return { env, bundle, forms };
}
