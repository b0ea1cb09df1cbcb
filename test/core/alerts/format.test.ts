import { describe, expect, it } from 'vitest';
import { formatExpected } from '../../../src/core/alerts/types';

describe('formatExpected', () => {
  it('keeps two significant digits below one, one decimal below ten, whole numbers above', () => {
    expect(formatExpected(0.0064)).toBe('0.0064');
    expect(formatExpected(0.123)).toBe('0.12');
    expect(formatExpected(0)).toBe('0.0');
    expect(formatExpected(3.46)).toBe('3.5');
    expect(formatExpected(12.6)).toBe('13');
  });
});
