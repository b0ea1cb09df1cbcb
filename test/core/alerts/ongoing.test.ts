import { describe, expect, it } from 'vitest';
import type { RaisedAlert } from '../../../src/core/alerts/cooldown';
import { familyOfKey, withoutOngoing } from '../../../src/core/alerts/ongoing';
import type { Alert } from '../../../src/core/alerts/types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-11-20T23:50:00+08:00');

function cand(key: string, ticketIds: string[], kind: Alert['kind'] = key.split('|')[0] as Alert['kind']): Alert {
  return { id: `${key}|2026-11-20`, key, kind, window: { from: '2026-11-20', to: '2026-11-20', days: 1 }, observed: ticketIds.length, expected: 1, significance: 1e-6, severity: 'high', message: { en: '', zh: '' }, ticketIds };
}
function raised(key: string, daysAgo: number, ticketIds: string[], status: RaisedAlert['status'] = 'new'): RaisedAlert {
  return { id: `${key}|x`, kind: key.split('|')[0]!, key, status, raisedAt: NOW - daysAgo * DAY, ticketIds };
}

describe('ongoing incidents', () => {
  it('families: one SKU’s defect whatever the reason cell, delivery whatever the view, else kind and dimension', () => {
    expect(familyOfKey('batch_defect|sku=S1 reason=defective')).toBe('batch_defect|S1');
    expect(familyOfKey('batch_defect|sku=S1')).toBe('batch_defect|S1');
    expect(familyOfKey('volume|reason=not_received')).toBe('delivery');
    expect(familyOfKey('volume|topic=delivery channel=lazada_chat')).toBe('delivery');
    expect(familyOfKey('volume|reason=size')).toBe('reason|size');
    expect(familyOfKey('volume|all')).toBe('volume');
    expect(familyOfKey('sla|breaches')).toBe('sla');
  });

  it('a courier failure on its second day is the same incident; five days on it is news; resolving ends it', () => {
    const day1 = [raised('volume|reason=not_received', 1, ['C1', 'C2'])];
    expect(withoutOngoing(day1, [cand('volume|topic=delivery', ['C3', 'C4'])], NOW, 24)).toEqual([]);
    expect(withoutOngoing([raised('volume|reason=not_received', 5, ['C1'])], [cand('volume|topic=delivery', ['C3'])], NOW, 24)).toHaveLength(1);
    expect(withoutOngoing([raised('volume|reason=not_received', 1, ['C1'], 'resolved')], [cand('volume|topic=delivery', ['C3'])], NOW, 24)).toHaveLength(1);
  });

  it('a SKU’s burst stays open for ten days (its 7-day window still holds it); another SKU is news', () => {
    const before = [raised('batch_defect|sku=S1 reason=defective', 6, ['B1'])];
    expect(withoutOngoing(before, [cand('batch_defect|sku=S1', ['B9'])], NOW, 24)).toEqual([]);
    expect(withoutOngoing(before, [cand('batch_defect|sku=S2', ['B9'])], NOW, 24)).toHaveLength(1);
    expect(withoutOngoing([raised('batch_defect|sku=S1', 11, ['B1'])], [cand('batch_defect|sku=S1', ['B9'])], NOW, 24)).toHaveLength(1);
  });

  it('SLA misses that are an open incident’s own tickets are explained by it (a third is enough)', () => {
    const courier = [raised('volume|reason=not_received', 1, ['C1', 'C2', 'C3', 'C4'])];
    expect(withoutOngoing(courier, [cand('sla|breaches', ['C1', 'X1', 'X2'])], NOW, 24)).toEqual([]);
    expect(withoutOngoing(courier, [cand('sla|breaches', ['X1', 'X2', 'X3', 'C1'])], NOW, 24)).toHaveLength(1);
    // A volume spike needs half its tickets to be explained.
    expect(withoutOngoing(courier, [cand('volume|all', ['C1', 'X1', 'X2'])], NOW, 24)).toHaveLength(1);
    expect(withoutOngoing(courier, [cand('volume|all', ['C1', 'C2', 'X2'])], NOW, 24)).toEqual([]);
  });
});
