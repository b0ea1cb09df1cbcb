/** Bilingual names the review shows: reasons, root causes, resolutions, departments, case kinds, verdicts. */
import { REASONS, RESOLUTIONS, ROOT_CAUSES, STATUSES } from '../../../sheets-templates/enums';
import { ACTION_STATUSES } from '../../../sheets-templates/review';
import { departmentLabel } from './departments';
import type { CaseKind } from './types';

const both = (o: { en: string; zh: string } | undefined, key: string | null) => (o ? `${o.en} · ${o.zh}` : key ?? '');

export const reasonLabel = (k: string | null) => both(REASONS.find((o) => o.key === k), k);
export const rootCauseLabel = (k: string | null) => both(ROOT_CAUSES.find((o) => o.key === k), k);
export const resolutionLabel = (k: string | null) => both(RESOLUTIONS.find((o) => o.key === k), k);
export const statusLabel = (k: string | null) => both(STATUSES.find((o) => o.key === k), k);
export const actionStatusLabel = (k: string | null) => both(ACTION_STATUSES.find((o) => o.key === k), k);
export const deptLabel = (k: string | null) => (k ? both(departmentLabel(k), k) : '');
/** A department's problem key is a root cause when it names one, else a reason. */
export const problemLabel = (k: string) => (ROOT_CAUSES.some((o) => o.key === k) ? rootCauseLabel(k) : reasonLabel(k));

export const CASE_KINDS: Record<CaseKind, { en: string; zh: string }> = {
  lowest_csat: { en: 'Lowest CSAT', zh: '满意度最低' },
  longest_resolution: { en: 'Longest resolution', zh: '解决最慢' },
  reopened: { en: 'Reopened', zh: '重开' },
  best_rated: { en: 'Best rated (recognition)', zh: '好评（表扬）' },
};

export const VERDICTS = {
  better: { en: 'Improved beyond noise', zh: '改善（超出波动）' },
  worse: { en: 'Worse beyond noise', zh: '变差（超出波动）' },
  noise: { en: 'Within week-to-week noise', zh: '在正常波动内' },
  no_data: { en: 'Not enough orders to judge', zh: '订单不足，无法判断' },
} as const;
