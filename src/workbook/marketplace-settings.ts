/** Settings → the marketplace clocks and outreach pacing (defaults for a workbook whose Settings predate the keys). */
import { DEFAULT_MARKETPLACE_POLICY, type MarketplacePolicy } from '../core/marketplace/clock';
import { parseWindow, type PacingPolicy } from '../core/marketplace/pacing';
import { settingOr as optional, type SettingsValues } from './settings';

export function marketplacePolicy(s: SettingsValues): MarketplacePolicy {
  const d = DEFAULT_MARKETPLACE_POLICY.clocks.shopee_chat!;
  return {
    // Shopee's clocks; other marketplaces get theirs here when their Settings keys are added.
    clocks: {
      shopee_chat: {
        chat: optional(() => s.number('Marketplace Chat Response Hours'), d.chat),
        returnRequest: optional(() => s.number('Marketplace Return Response Hours'), d.returnRequest),
      },
    },
    dueSoonHours: optional(() => s.number('Marketplace Due Soon Hours'), DEFAULT_MARKETPLACE_POLICY.dueSoonHours),
  };
}

export function pacingPolicy(s: SettingsValues): PacingPolicy {
  return {
    window: parseWindow(optional(() => s.text('Outreach Hours'), '08:00-22:00')),
    weeklyCap: optional(() => s.number('Outreach Weekly Cap Per Buyer'), 2),
  };
}
