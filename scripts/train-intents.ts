/**
 * Trains the shipped intent model (reasons + 'none') and the Latin-script language model on
 * test/data/intents-corpus/train.jsonl: multinomial logistic regression over hashed features, AdaGrad, a fixed
 * seeded order (deterministic), then pruned and int8-quantised into src/core/intents/model-data.ts.
 * The corpus test split and the old labelled set are never read here. Run: `npm run train:intents`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REASONS, type ReasonKey } from '../sheets-templates/enums';
import { detectIntent } from '../src/core/intents/detect';
import { packModel, type PackedModel } from '../src/core/intents/linear';
import { NONE, intentVector, languageVector } from '../src/core/intents/model';
import { rng } from './intents-corpus/generate';
import type { CorpusRow } from './intents-corpus/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function readJsonl(path: string): CorpusRow[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusRow);
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  maxFeatures: number;
  /** Entries smaller than this are dropped before packing. */
  minWeight: number;
  /** Ship the average of the weights at the end of each epoch from this one on (steadier, generalises better). */
  averageFrom?: number;
  /** Each visit drops every feature with this probability (seeded): the model cannot lean on one word or frame. */
  dropout?: number;
  /**
   * Subtract each feature's median weight from its row before pruning: softmax ignores a constant added to every class,
   * so the model is unchanged while most entries fall to ~0 and need not ship.
   */
  center?: boolean;
  /** Train this many times with different shuffling seeds and ship the average (less dependent on one visiting order). */
  seeds?: number;
}

export const INTENT_OPTIONS: TrainOptions = { epochs: 10, rate: 0.4, l2: 2e-6, maxFeatures: 30000, minWeight: 1.0, averageFrom: 3, dropout: 0.3, center: true, seeds: 3 };
export const LANGUAGE_OPTIONS: TrainOptions = { epochs: 8, rate: 0.4, l2: 2e-6, maxFeatures: 2500, minWeight: 0.4, dropout: 0.3 };

/** trainSoftmax once per seed (o.seeds, default 1), weights and biases averaged. */
export function trainAveraged(examples: { x: [number, number][]; y: number }[], classes: number, o: TrainOptions) {
  const n = Math.max(1, o.seeds ?? 1);
  if (n === 1) return trainSoftmax(examples, classes, o);
  const sum = new Map<number, Float64Array>();
  const bias = new Array<number>(classes).fill(0);
  for (let s = 0; s < n; s++) {
    const t = trainSoftmax(examples, classes, o, 7 + s);
    for (const [h, row] of t.w) {
      let a = sum.get(h);
      if (!a) sum.set(h, (a = new Float64Array(classes)));
      for (let k = 0; k < classes; k++) a[k] += row[k] / n;
    }
    t.bias.forEach((b, k) => (bias[k] += b / n));
  }
  return { w: sum, bias };
}

/** Multinomial logistic regression with AdaGrad; examples are visited in a seeded shuffled order each epoch. */
export function trainSoftmax(examples: { x: [number, number][]; y: number }[], classes: number, o: TrainOptions, seed = 7) {
  const w = new Map<number, Float64Array>();
  const g = new Map<number, Float64Array>();
  const bias = new Float64Array(classes);
  const gb = new Float64Array(classes).fill(1e-8);
  const order = examples.map((_, i) => i);
  const r = rng(seed);
  const avg = new Map<number, Float64Array>();
  const avgBias = new Float64Array(classes);
  let snapshots = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const { y } = examples[idx];
      const x = o.dropout ? examples[idx].x.filter(() => r() >= o.dropout!) : examples[idx].x;
      const z = Float64Array.from(bias);
      for (const [h, v] of x) {
        const row = w.get(h);
        if (row) for (let k = 0; k < classes; k++) z[k] += row[k] * v;
      }
      const m = Math.max(...z);
      let s = 0;
      for (let k = 0; k < classes; k++) s += z[k] = Math.exp(z[k] - m);
      for (let k = 0; k < classes; k++) {
        const grad = z[k] / s - (k === y ? 1 : 0);
        gb[k] += grad * grad;
        bias[k] -= (o.rate * grad) / Math.sqrt(gb[k]);
      }
      for (const [h, v] of x) {
        let row = w.get(h);
        let acc = g.get(h);
        if (!row || !acc) {
          row = new Float64Array(classes);
          acc = new Float64Array(classes).fill(1e-8);
          w.set(h, row);
          g.set(h, acc);
        }
        for (let k = 0; k < classes; k++) {
          const grad = (z[k] / s - (k === y ? 1 : 0)) * v + o.l2 * row[k];
          acc[k] += grad * grad;
          row[k] -= (o.rate * grad) / Math.sqrt(acc[k]);
        }
      }
    }
    if (o.averageFrom !== undefined && epoch >= o.averageFrom) {
      snapshots++;
      for (const [h, row] of w) {
        let a = avg.get(h);
        if (!a) avg.set(h, (a = new Float64Array(classes)));
        for (let k = 0; k < classes; k++) a[k] += row[k];
      }
      for (let k = 0; k < classes; k++) avgBias[k] += bias[k];
    }
  }
  if (snapshots > 0) {
    for (const a of avg.values()) for (let k = 0; k < classes; k++) a[k] /= snapshots;
    return { w: avg, bias: Array.from(avgBias, (b) => b / snapshots) };
  }
  return { w, bias: Array.from(bias) };
}

function centred(row: Float64Array): Float64Array {
  const sorted = Array.from(row).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return row.map((v) => v - median);
}

/** Keeps the maxFeatures features with the largest weights and drops tiny entries, then packs to int8. */
export function pruneAndPack(names: string[], trained: { w: Map<number, Float64Array>; bias: number[] }, o: TrainOptions): PackedModel {
  const ranked = [...trained.w.entries()]
    .map(([h, raw]) => {
      const row = o.center ? centred(raw) : raw;
      return [h, row, Math.max(...Array.from(row, Math.abs))] as const;
    })
    .sort((a, b) => b[2] - a[2] || a[0] - b[0])
    .slice(0, o.maxFeatures);
  const kept = new Map<number, number[]>();
  let maxAbs = 0;
  for (const [h, row] of ranked) {
    const sparse = Array.from(row, (v) => (Math.abs(v) >= o.minWeight ? v : 0));
    if (sparse.every((v) => v === 0)) continue;
    kept.set(h, sparse);
    maxAbs = Math.max(maxAbs, ...sparse.map(Math.abs));
  }
  return packModel(names, trained.bias, kept, maxAbs);
}

export const INTENT_CLASSES: string[] = [...REASONS.map((r) => r.key), NONE];
export const LATIN_LANGUAGES = ['en', 'id', 'ms', 'vi'];

export function intentExamples(rows: readonly CorpusRow[]) {
  return rows.map((row) => {
    const rules = detectIntent(row.text, undefined, { model: null });
    const scores = new Map<ReasonKey, number>(rules.intents.map((i) => [i.intent, i.score]));
    return { x: intentVector(row.text, { scores, negated: rules.negated }).vector, y: INTENT_CLASSES.indexOf(row.intent ?? NONE) };
  });
}

export function languageExamples(rows: readonly CorpusRow[]) {
  return rows
    .filter((row) => LATIN_LANGUAGES.includes(row.language))
    .map((row) => ({ x: languageVector(row.text), y: LATIN_LANGUAGES.indexOf(row.language) }))
    .filter((e) => e.x.length > 0);
}

function main(): void {
  const train = readJsonl(join(ROOT, 'test', 'data', 'intents-corpus', 'train.jsonl'));
  const t0 = Date.now();
  const intent = pruneAndPack(INTENT_CLASSES, trainAveraged(intentExamples(train), INTENT_CLASSES.length, INTENT_OPTIONS), INTENT_OPTIONS);
  const language = pruneAndPack(LATIN_LANGUAGES, trainSoftmax(languageExamples(train), LATIN_LANGUAGES.length, LANGUAGE_OPTIONS), LANGUAGE_OPTIONS);
  const out = [
    '// Generated by scripts/train-intents.ts — do not edit. The trained intent and language models, packed.',
    `export const INTENT_MODEL = ${JSON.stringify(intent)};`,
    `export const LANGUAGE_MODEL = ${JSON.stringify(language)};`,
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'src', 'core', 'intents', 'model-data.ts'), out);
  const features = (p: PackedModel) => {
    let n = 0;
    for (let i = 0; i < p.data.length; ) {
      const count = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(p.data[i + 4]);
      i += 5 + 2 * count;
      n++;
    }
    return n;
  };
  console.log(`trained on ${train.length} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`intent model: ${features(intent)} features, ${(intent.data.length / 1024).toFixed(0)} KB; language model: ${features(language)} features, ${(language.data.length / 1024).toFixed(0)} KB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
