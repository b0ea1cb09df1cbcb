/** Marketplace enumerations for the Tickets tab: a return request's status on Shopee, from shopee-returns.json. */
import data from './data/shopee-returns.json';
import type { EnumOption } from './enums';

export const MARKETPLACE_STATUSES = data.statuses.map((s) => ({ key: s.key, en: s.en, zh: s.zh })) as readonly EnumOption[];
