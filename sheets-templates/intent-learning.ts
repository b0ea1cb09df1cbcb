/** The hidden Intent Learning tab: what the shop's own tickets taught the intent detector (written by the hourly job). */
import type { TabDef } from './schema';

export const INTENT_LEARNING = {
  name: 'Intent Learning',
  zh: '意图学习',
  about: 'Hidden. Words and phrases from your tickets with the reasons agents chose; rebuilt by the hourly job. Safe to delete: it is relearned.',
  color: '#5f6368',
  columns: [
    { field: 'term', en: 'Term', zh: '词语', type: 'text', width: 200 },
    { field: 'counts', en: 'Counts', zh: '计数', type: 'text', width: 320, note: 'reason count · reason count; the row "#state" holds the last ticket row read' },
  ],
} as const satisfies TabDef;
