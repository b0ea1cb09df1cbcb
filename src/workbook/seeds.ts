/** Rows written into a tab when set-up first creates it: the acting owner, and the built-in reply/SOP sets. */
import type { SeedRows } from './setup';

export function demoSeeds(ownerEmail: string): SeedRows {
  const seeds: SeedRows = {};
  if (ownerEmail) seeds['Agents'] = [[ownerEmail, ownerEmail.split('@')[0] ?? ownerEmail, 'Owner', 'zh-CN, en, ms', true, '']];
  return seeds;
}
