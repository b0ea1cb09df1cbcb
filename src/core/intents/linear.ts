// A compact linear (softmax) model: hashed features → sparse int8 weights per class, decoded once from a string.

/** URL-safe base64 digits: each carries 6 bits. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map<string, number>(Array.from(DIGITS).map((c, i) => [c, i]));

export interface PackedModel {
  /** Class names in weight order. */
  classes: string[];
  /** Real weight = stored int8 × scale. */
  scale: number;
  /** Per-class bias, real values. */
  bias: number[];
  /** Features: 4 digits of 24-bit hash, 1 digit count n, then n × 2 digits (class 4 bits, int8 + 128 8 bits). */
  data: string;
}

export interface LinearModel {
  classes: string[];
  bias: number[];
  weights: Map<number, { cls: number[]; w: number[] }>;
}

export function packModel(classes: string[], bias: number[], weights: Map<number, number[]>, maxAbs: number): PackedModel {
  if (classes.length > 16) throw new Error('packModel: at most 16 classes');
  const scale = maxAbs / 127;
  let data = '';
  const keys = [...weights.keys()].sort((a, b) => a - b);
  for (const h of keys) {
    const row = weights.get(h) as number[];
    const entries: [number, number][] = [];
    row.forEach((w, c) => {
      const q = Math.max(-127, Math.min(127, Math.round(w / scale)));
      if (q !== 0) entries.push([c, q]);
    });
    if (!entries.length) continue;
    data += DIGITS[(h >> 18) & 63] + DIGITS[(h >> 12) & 63] + DIGITS[(h >> 6) & 63] + DIGITS[h & 63] + DIGITS[entries.length];
    for (const [c, q] of entries) {
      const v = (c << 8) | (q + 128);
      data += DIGITS[(v >> 6) & 63] + DIGITS[v & 63];
    }
  }
  return { classes, scale, bias: bias.map((b) => Math.round(b * 1000) / 1000), data };
}

export function unpackModel(p: PackedModel): LinearModel {
  const weights = new Map<number, { cls: number[]; w: number[] }>();
  const d = p.data;
  const at = (i: number) => VALUE.get(d[i]) as number;
  let i = 0;
  while (i < d.length) {
    const h = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    const n = at(i + 4);
    i += 5;
    const cls: number[] = [];
    const w: number[] = [];
    for (let k = 0; k < n; k++, i += 2) {
      const v = (at(i) << 6) | at(i + 1);
      cls.push(v >> 8);
      w.push(((v & 255) - 128) * p.scale);
    }
    weights.set(h, { cls, w });
  }
  return { classes: p.classes, bias: p.bias.slice(), weights };
}

/** Raw class scores (logits) for a hashed feature vector. */
export function logits(model: LinearModel, features: readonly [number, number][]): number[] {
  const z = model.bias.slice();
  for (const [h, x] of features) {
    const row = model.weights.get(h);
    if (!row) continue;
    for (let k = 0; k < row.cls.length; k++) z[row.cls[k]] += row.w[k] * x;
  }
  return z;
}

export function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
