import { describe, expect, it } from 'vitest';
import { keyOfId, withoutRepeats, type RaisedAlert } from '../../../src/core/alerts/cooldown';
import { parseQuietHours, quietUntil } from '../../../src/core/alerts/quiet';
import type { Alert } from '../../../src/core/alerts/types';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-20T14:00:00+08:00');

function alert(id: string, ticketIds: string[] = []): Alert {
  return {
    id, key: keyOfId(id), kind: 'volume', window: { from: '2026-11-20', to: '2026-11-20', days: 1 }, observed: 10, expected: 3,
    significance: 1e-5, severity: 'medium', message: { en: '', zh: '' }, ticketIds,
  };
}

function raised(id: string, status: RaisedAlert['status'], hoursAgo: number, ticketIds?: string[]): RaisedAlert {
  return { id, kind: 'volume', key: keyOfId(id), status, raisedAt: NOW - hoursAgo * HOUR, ticketIds };
}

describe('cool-down', () => {
  const today = 'volume|all|2026-11-20';
  const tomorrowsKeySameDim = 'volume|all|2026-11-21';

  it('keys are the id without its window day', () => {
    expect(keyOfId('batch_defect|sku=A|B reason=defective|2026-11-20')).toBe('batch_defect|sku=A|B reason=defective');
  });

  it('drops a key raised within the cool-down and keeps other keys', () => {
    const out = withoutRepeats([raised(today, 'new', 2)], [alert(today), alert('volume|reason=refund|2026-11-20')], NOW, 24);
    expect(out.map((a) => a.id)).toEqual(['volume|reason=refund|2026-11-20']);
  });

  it('lets a new key fire after the cool-down, never the same id while it is new', () => {
    expect(withoutRepeats([raised(today, 'new', 25)], [alert(tomorrowsKeySameDim, ['T9'])], NOW, 24)).toHaveLength(1);
    expect(withoutRepeats([raised(today, 'new', 25)], [alert(today)], NOW, 24)).toHaveLength(0);
  });

  it('never repeats an acknowledged key; a resolved one may fire again after the cool-down', () => {
    expect(withoutRepeats([raised(today, 'acknowledged', 100)], [alert(tomorrowsKeySameDim)], NOW, 24)).toHaveLength(0);
    expect(withoutRepeats([raised(today, 'resolved', 5)], [alert(tomorrowsKeySameDim)], NOW, 24)).toHaveLength(0);
    expect(withoutRepeats([raised(today, 'resolved', 30)], [alert(today)], NOW, 24)).toHaveLength(1);
  });

  it('after the cool-down, an open alert repeats only when at least half its tickets are new', () => {
    const before = [raised(today, 'new', 30, ['T1', 'T2', 'T3', 'T4'])];
    expect(withoutRepeats(before, [alert(tomorrowsKeySameDim, ['T1', 'T2', 'T3', 'T5'])], NOW, 24)).toHaveLength(0);
    expect(withoutRepeats(before, [alert(tomorrowsKeySameDim, ['T1', 'T2', 'T5', 'T6'])], NOW, 24)).toHaveLength(1);
  });

  it('raises one alert per key per run', () => {
    expect(withoutRepeats([], [alert(today), alert(today)], NOW, 24)).toHaveLength(1);
  });
});

describe('quiet hours', () => {
  const TZ = 'Asia/Kuala_Lumpur';
  const at = (local: string) => Date.parse(`${local}+08:00`);

  it('parses ranges, empty and "off" mean none, and rejects nonsense with the key named', () => {
    expect(parseQuietHours('22:00-08:00')).toEqual({ startMinute: 1320, endMinute: 480 });
    expect(parseQuietHours('')).toBeNull();
    expect(parseQuietHours('off')).toBeNull();
    expect(() => parseQuietHours('late evening')).toThrow(/Alert Quiet Hours/);
  });

  it('holds a digest inside a range that crosses midnight, until the range ends', () => {
    const q = parseQuietHours('22:00-08:00');
    expect(quietUntil(q, TZ, at('2026-11-20T23:30:00'))).toBe(at('2026-11-21T08:00:00'));
    expect(quietUntil(q, TZ, at('2026-11-21T03:00:00'))).toBe(at('2026-11-21T08:00:00'));
    expect(quietUntil(q, TZ, at('2026-11-21T08:00:00'))).toBeNull();
    expect(quietUntil(q, TZ, at('2026-11-21T21:59:00'))).toBeNull();
  });

  it('holds inside a same-day range', () => {
    const q = parseQuietHours('12:00-13:30');
    expect(quietUntil(q, TZ, at('2026-11-20T12:10:00'))).toBe(at('2026-11-20T13:30:00'));
    expect(quietUntil(q, TZ, at('2026-11-20T13:30:00'))).toBeNull();
  });
});
