import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSoffice, PERIODS, runCrosscheck, TOLERANCE } from '../../scripts/kpi-crosscheck';

const soffice = hasSoffice();
if (!soffice) console.warn('kpi-crosscheck: soffice (LibreOffice) is not installed — the LibreOffice cross-check is skipped.');

describe.skipIf(!soffice)('KPI engine vs LibreOffice formulas (soffice --headless recalculation)', () => {
  it(`agrees on every figure the formulas express, to ${TOLERANCE}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-crosscheck-'));
    const figures = await runCrosscheck(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
    // 3 periods × (1 + 5 summaries × 4 + 11 rates + as-of + groups × 3 + 4 priorities × 2)
    expect(figures.length).toBeGreaterThan(300);
    expect(new Set(figures.map((f) => f.period)).size).toBe(PERIODS.length);
    // The check must have real numbers to compare, not nulls on both sides.
    expect(figures.filter((f) => f.office !== null).length).toBeGreaterThan(250);
    const week = Object.fromEntries(figures.filter((f) => f.period === '2026-10-05…2026-10-11').map((f) => [f.key, f.office]));
    expect(week['first_reply_hours.p90']).toBeCloseTo(14.5, 9);
    expect(week['resolution_hours.p90']).toBeCloseTo(92.8, 9);
    expect(week['repurchase_30d_rate']).toBeCloseTo(5 / 14, 9);
    const disagreements = figures.filter((f) => !f.ok).map((f) => `${f.period} ${f.key}: engine ${f.engine} vs LibreOffice ${f.office}`);
    expect(disagreements).toEqual([]);
  }, 180_000);
});
