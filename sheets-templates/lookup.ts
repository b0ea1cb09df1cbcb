/** The hidden Lookup Index tab: where a customer's orders and tickets are, so actions need not read whole tabs. */
import type { TabDef } from './schema';

export const LOOKUP_INDEX = {
  name: 'Lookup Index',
  zh: '查找索引',
  about: 'Hidden, maintained by AfterDesk: row 2 holds the state (rows covered, open tickets per agent); each later row is a hash bucket of order and customer keys → row numbers. Safe to delete: it is rebuilt.',
  color: '#9e9e9e',
  columns: [
    { field: 'orders', en: 'Orders', zh: '订单', type: 'longtext', width: 300 },
    { field: 'tickets', en: 'Tickets', zh: '工单', type: 'longtext', width: 300 },
  ],
} as const satisfies TabDef;
