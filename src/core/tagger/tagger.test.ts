import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bioConstraints, bioSpans, LABELS, marginals, sequenceScore, viterbi } from './decode.ts';
import { GazMarks, MapGazetteer, featureStringsFromInfos, gazetteerMarks, hashString, sentenceFeatureStrings, wordInfo } from './features.ts';
import { deserializeModel, expNonPositive, LinearChainTagger, serializeModel } from './model.ts';
import { ReferenceTagger, referenceFeatureStrings } from './reference.ts';
import { MODEL_PATH, parseModel } from './index.ts';
import { repairBio, retokenize, rng, trainTagger, type TrainSentence } from './train.ts';
import { mentionsToBio, parseConll, runConll, taggerOnlyAnnotate } from '../../cli/conll.ts';
import { tokenize } from '../tokenize.ts';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { loadTaggerNode } from '../../cli/load-tagger-node.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function randomModel(L: number, n: number, seed: number) {
  const r = rng(seed);
  const em = Float64Array.from({ length: n * L }, () => r() * 4 - 2);
  const tr = Float64Array.from({ length: L * L }, () => r() * 4 - 2);
  const st = Float64Array.from({ length: L }, () => r() * 4 - 2);
  return { em, tr, st };
}

function* allSequences(n: number, L: number): Generator<number[]> {
  const a = new Array(n).fill(0);
  for (;;) {
    yield a.slice();
    let k = n - 1;
    while (k >= 0 && a[k] === L - 1) a[k--] = 0;
    if (k < 0) return;
    a[k]++;
  }
}

function isAllowed(seq: number[], allowed: Uint8Array, L: number): boolean {
  return seq.every((y, t) => allowed[(t === 0 ? L : seq[t - 1]) * L + y] === 1);
}

describe('decoding', () => {
  it('Viterbi finds the best sequence (brute force, unconstrained and BIO-constrained)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const L = seed % 2 ? 3 : 5;
      const labels = L === 3 ? ['O', 'B-PERS', 'I-PERS'] : ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC'];
      const n = 1 + (seed % 5);
      const { em, tr, st } = randomModel(L, n, seed);
      for (const allowed of [undefined, bioConstraints(labels)]) {
        let best = -Infinity;
        for (const seq of allSequences(n, L)) {
          if (allowed && !isAllowed(seq, allowed, L)) continue;
          best = Math.max(best, sequenceScore(seq, L, em, tr, st));
        }
        const v = Array.from(viterbi(n, L, em, tr, st, allowed));
        if (allowed) expect(isAllowed(v, allowed, L)).toBe(true);
        expect(sequenceScore(v, L, em, tr, st)).toBeCloseTo(best, 9);
      }
    }
  });

  it('marginals agree with brute-force enumeration', () => {
    const labels = ['O', 'B-LOC', 'I-LOC'];
    const L = 3;
    const n = 4;
    const { em, tr, st } = randomModel(L, n, 7);
    const allowed = bioConstraints(labels);
    const brute = new Float64Array(n * L);
    let z = 0;
    for (const seq of allSequences(n, L)) {
      if (!isAllowed(seq, allowed, L)) continue;
      const p = Math.exp(sequenceScore(seq, L, em, tr, st));
      z += p;
      seq.forEach((y, t) => (brute[t * L + y] += p));
    }
    const m = marginals(n, L, em, tr, st, allowed);
    for (let i = 0; i < n * L; i++) expect(m[i]).toBeCloseTo(brute[i] / z, 9);
  });

  it('bioSpans and repairBio', () => {
    expect(repairBio(['I-PERS', 'I-PERS', 'O', 'I-LOC', 'B-ORG', 'I-LOC'])).toEqual(['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-ORG', 'B-LOC']);
    expect(bioSpans(['B-PERS', 'I-PERS', 'O', 'B-LOC', 'B-LOC', 'I-LOC'])).toEqual([
      { from: 0, to: 2, type: 'PERS' },
      { from: 3, to: 4, type: 'LOC' },
      { from: 4, to: 6, type: 'LOC' },
    ]);
  });
});

/** A small hand-made corpus (written for this test). */
const TINY: TrainSentence[] = [
  ['قال الرئيس أحمد سالم في القاهرة', 'O O B-PERS I-PERS O B-LOC'],
  ['وصل الوزير سامي نور إلى بيروت', 'O O B-PERS I-PERS O B-LOC'],
  ['أكد وزير الخارجية كريم حداد أن شركة النور للطيران توسعت', 'O O O B-PERS I-PERS O B-ORG I-ORG I-ORG O'],
  ['زار الملك فهد مدينة جدة', 'O O B-PERS O B-LOC'],
  ['وقالت جامعة الخرطوم إن الطلاب عادوا', 'O B-ORG I-ORG O O O'],
  ['شارك منتخب مصر في كأس العالم', 'O B-ORG I-ORG O B-MISC I-MISC'],
].map(([w, l]) => ({ words: w.split(' '), labels: l.split(' ') }));

function tinyGaz(): MapGazetteer {
  const g = new MapGazetteer();
  g.add('القاهرة', 'city');
  g.add('جدة', 'city');
  g.add('أحمد', 'first');
  g.add('الرئيس', 'title');
  g.add('وزير الخارجية', 'title');
  return g;
}

describe('training', () => {
  it('is deterministic: the same corpus and seed give identical bytes (perceptron and CRF)', () => {
    for (const algorithm of ['perceptron', 'crf'] as const) {
      const a = trainTagger(TINY, { epochs: 5, seed: 3, minCount: 1, gazetteer: tinyGaz(), algorithm, dropout: 0.2 });
      const b = trainTagger(TINY, { epochs: 5, seed: 3, minCount: 1, gazetteer: tinyGaz(), algorithm, dropout: 0.2 });
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    }
    const c = trainTagger(TINY, { epochs: 5, seed: 4, minCount: 1, gazetteer: tinyGaz(), dropout: 0.2 });
    const a = trainTagger(TINY, { epochs: 5, seed: 3, minCount: 1, gazetteer: tinyGaz(), dropout: 0.2 });
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('learns its training corpus and round-trips through the file format', () => {
    const bytes = trainTagger(TINY, { epochs: 10, seed: 1, minCount: 1, gazetteer: tinyGaz() });
    const parts = deserializeModel(bytes);
    expect(Buffer.from(serializeModel(parts)).equals(Buffer.from(bytes))).toBe(true);
    const tagger = parseModel(bytes);
    for (const s of TINY) expect(tagger.tag(s.words).labels).toEqual(s.labels);
  });

  it('re-tokenises CoNLL tokens like the engine and keeps BIO well-formed', () => {
    const r = retokenize(['(د', 'ب', 'أ)', 'الأمم', 'المتحدة'], ['O', 'O', 'O', 'I-ORG', 'I-ORG']);
    expect(r.words).toEqual(['(', 'د', 'ب', 'أ', ')', 'الأمم', 'المتحدة']);
    expect(r.labels).toEqual(['O', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG']);
  });

  it('features see through proclitics and gazetteer phrases', () => {
    const g = tinyGaz();
    const f = sentenceFeatureStrings(['وللقاهرة', 'وزير', 'الخارجية'], g);
    expect(f[0]).toContain('s=قاهره');
    expect(f[0]).toContain('g=city:BS');
    expect(f[1]).toContain('g=title:BM');
    expect(f[2]).toContain('g=title:I');
    expect(hashString('abc')).toBe(hashString('abc'));
  });

  it('keeps the marks of the project-dictionary classes (ids 32 and above) apart from the others', () => {
    // cpers is class 14: its marks are ids 42..44; 1 << 44 would wrap onto title's bit 12.
    const g = new MapGazetteer();
    g.add('محمد بن زايد آل', 'cpers');
    g.add('القاهرة', 'cplace');
    g.add('القاهرة', 'city');
    g.add('الرئيس', 'title');
    const words = 'التقى الرئيس محمد بن زايد آل نهيان في القاهرة أمس'.split(' ');
    const infos = words.map(wordInfo);
    const f = featureStringsFromInfos(infos, g);
    expect(f).toEqual(referenceFeatureStrings(infos, g));
    expect(gazetteerMarks(infos, g)[5]).toEqual(['cpers:I']);
    expect(f[3]).not.toContain('g+2=title:BS');
    expect(f[8]).toContain('gw=city:BS,cplace:BS|' + infos[8].shape);
  });

  it('rejects a file that is not a model', () => {
    expect(() => parseModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).toThrow();
  });
});

describe('shipped model', () => {
  const bytes = new Uint8Array(readFileSync(resolve(ROOT, 'public', MODEL_PATH)));
  const tagger = parseModel(bytes);
  const tag = (s: string) => {
    const text = s;
    const toks = tokenize(text).tokens;
    const words = toks.map((t) => text.slice(t.start, t.end));
    const r = tagger.tag(words);
    return { words, ...r, named: r.spans.map((sp) => `${sp.type}:${words.slice(sp.from, sp.to).join(' ')}`) };
  };

  it('tags a person and places in plain news sentences', () => {
    const a = tag('وقال الرئيس الأمريكي جورج بوش في واشنطن إن القوات ستبقى في العراق .');
    expect(a.named).toContain('PERS:جورج بوش');
    expect(a.named).toContain('LOC:واشنطن');
    expect(a.named).toContain('LOC:العراق');
    const b = tag('والتقى وزير الخارجية الفرنسي برنار كوشنير نظيره المصري في القاهرة أمس .');
    expect(b.named.some((n) => n.startsWith('PERS:') && n.includes('كوشنير'))).toBe(true);
    expect(b.named).toContain('LOC:القاهرة');
    expect(a.spans.every((s) => s.score >= 0 && s.score <= 1)).toBe(true);
  });

  it('is at most 3 MB gzipped and loads through loadTaggerNode (cached)', async () => {
    expect(gzipSync(bytes).length).toBeLessThanOrEqual(3 * 1024 * 1024);
    const a = await loadTaggerNode();
    expect(await loadTaggerNode()).toBe(a);
    expect(a.tag(['زار', 'بغداد']).labels).toEqual(['O', 'B-LOC']);
  });

  it('always outputs well-formed BIO, one label per word', () => {
    const r = rng(11);
    const vocab = ['في', 'الرئيس', 'محمد', 'بغداد', '.', '،', 'شركة', 'قال', 'الأمم', 'المتحدة', '2006', 'abc', 'وزير', 'I-', ''];
    for (let k = 0; k < 200; k++) {
      const words = Array.from({ length: Math.floor(r() * 12) }, () => vocab[Math.floor(r() * vocab.length)]);
      const { labels, spans } = tagger.tag(words);
      expect(labels.length).toBe(words.length);
      labels.forEach((l, i) => {
        expect(LABELS).toContain(l);
        if (l.startsWith('I-')) expect(i > 0 && labels[i - 1] !== 'O' && labels[i - 1].slice(2) === l.slice(2)).toBe(true);
      });
      expect(spans.map((s) => [s.from, s.to, s.type])).toEqual(bioSpans(labels).map((s) => [s.from, s.to, s.type]));
    }
  });
});

describe('CoNLL mapping', () => {
  const tokens = ['وقال', 'الرئيس', 'وبوش', 'في', 'لبنان', '(أ', 'ف', 'ب)'];
  // text: "وقال الرئيس وبوش في لبنان (أ ف ب)"
  const text = tokens.join(' ');
  const at = (s: string, skip = 0) => {
    const i = text.indexOf(s) + skip;
    return { start: i, end: i + s.length - skip };
  };

  it('a mention after a proclitic covers the token; one inside a clitic does not', () => {
    const bio = mentionsToBio(tokens, [
      { type: 'person', mentions: [at('وبوش', 1)] },
      { type: 'place', mentions: [at('لبنان')] },
      { type: 'date', mentions: [at('في')] },
      { type: 'organization', mentions: [{ start: text.indexOf('وقال'), end: text.indexOf('وقال') + 1 }] },
    ]);
    expect(bio).toEqual(['O', 'O', 'B-PERS', 'O', 'B-LOC', 'O', 'O', 'O']);
  });

  it('multi-token mentions become B- I- runs, trailing punctuation is not needed', () => {
    const bio = mentionsToBio(tokens, [
      { type: 'official', mentions: [{ start: text.indexOf('الرئيس'), end: text.indexOf('وبوش') + 4 }] },
      { type: 'organization', mentions: [{ start: text.indexOf('(أ') + 1, end: text.indexOf('ب)') + 1 }] },
      { type: 'misc', mentions: [at('في')] },
    ]);
    expect(bio).toEqual(['O', 'B-PERS', 'I-PERS', 'B-MISC', 'O', 'B-ORG', 'I-ORG', 'I-ORG']);
  });

  it('maps two conventions to ANERcorp: no administrative noun in LOC, no descriptive head before a proper word in ORG', () => {
    const toks = ['في', 'محافظة', 'الأنبار', 'قالت', 'حركة', 'حماس', 'ووكالة', 'الأنباء', 'الفرنسية'];
    const t = toks.join(' ');
    const span = (s: string, skip = 0) => ({ start: t.indexOf(s) + skip, end: t.indexOf(s) + s.length });
    const bio = mentionsToBio(toks, [
      { type: 'place', mentions: [span('محافظة الأنبار')] },
      { type: 'organization', mentions: [span('حركة حماس'), span('ووكالة الأنباء الفرنسية', 1)] },
    ]);
    expect(bio).toEqual(['O', 'O', 'B-LOC', 'O', 'O', 'B-ORG', 'B-ORG', 'I-ORG', 'I-ORG']);
    // (a town's or a district's noun too: "مدينة حلب"، "قرية الجبلية")
    const t2 = 'وصل إلى مدينة حلب ثم قرية الجبلية';
    const at2 = (s: string) => ({ start: t2.indexOf(s), end: t2.indexOf(s) + s.length });
    expect(mentionsToBio(t2.split(' '), [{ type: 'place', mentions: [at2('مدينة حلب'), at2('قرية الجبلية')] }])).toEqual(['O', 'O', 'O', 'B-LOC', 'O', 'O', 'B-LOC']);
  });

  it('adjacent mentions stay separate, the longest wins an overlap', () => {
    const bio = mentionsToBio(tokens, [
      { type: 'place', mentions: [at('في'), at('لبنان')] },
      { type: 'person', mentions: [{ start: text.indexOf('في'), end: text.indexOf('لبنان') + 5 }] },
      { type: 'place', mentions: [at('الرئيس')] },
      { type: 'place', mentions: [at('وبوش')] },
    ]);
    expect(bio).toEqual(['O', 'B-LOC', 'B-LOC', 'B-PERS', 'I-PERS', 'O', 'O', 'O']);
  });

  it('runConll writes token GOLD PRED with the tagger-only adapter', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'qari-conll-'));
    const file = resolve(dir, 'g.txt');
    writeFileSync(file, 'قال O\nالرئيس O\nجورج B-PERS\nبوش I-PERS\nفي O\nواشنطن B-LOC\n\nوزار O\nبغداد B-LOC\n');
    const out = await runConll(file, taggerOnlyAnnotate(parseModel(new Uint8Array(readFileSync(resolve(ROOT, 'public', MODEL_PATH))))));
    const lines = out.split('\n');
    expect(parseConll(out).map((s) => s.tokens)).toEqual([['قال', 'الرئيس', 'جورج', 'بوش', 'في', 'واشنطن'], ['وزار', 'بغداد']]);
    expect(lines[2]).toBe('جورج B-PERS B-PERS');
    expect(lines[3]).toBe('بوش I-PERS I-PERS');
    expect(lines[5]).toBe('واشنطن B-LOC B-LOC');
  });
});

/**
 * The fast tagging path (cached per-word score vectors, features hashed from their parts) against the
 * reference path (feature strings → hashString → lookup, as tag() worked before): same feature strings,
 * the same emission scores to the bit, the same labels, spans and scores.
 */
describe('fast tagging path = reference path', () => {
  const bytes = new Uint8Array(readFileSync(resolve(ROOT, 'public', MODEL_PATH)));
  const ANER = resolve(ROOT, '../shared/data/anercorp/ANERCorp_CamelLab_train.txt');
  /** Words as the engine gives them: core tokenize(), sentence by sentence. */
  const engineWords = (text: string): string[][] => {
    const toks = tokenize(text).tokens;
    const out: string[][] = [];
    let cur: string[] = [];
    for (const t of toks) {
      const w = text.slice(t.start, t.end);
      cur.push(w);
      if (/^[.!?؟]+$/.test(w)) {
        out.push(cur);
        cur = [];
      }
    }
    if (cur.length) out.push(cur);
    return out;
  };
  const BUILT_IN =
    'أعلن الرئيس المصري عبد الفتاح السيسي في القاهرة يوم الأحد أن وزير الخارجية سامح شكري سيتوجه إلى واشنطن للقاء نظيره الأمريكي . ' +
    'وقال المتحدث باسم الأمم المتحدة إن الأمين العام أنطونيو غوتيريش رحب بالاتفاق الذي وقعته الحكومة السودانية مع قوات الدعم السريع في جدة . ' +
    'وأكد الشيخ محمد بن زايد آل نهيان خلال زيارته لبغداد أن الإمارات تدعم العراق ، فيما التقى رئيس الوزراء العراقي بممثلي البنك الدولي وصندوق النقد الدولي . ' +
    'والتقى وزير الخارجية الفرنسي برنار كوشنير نظيره المصري في القاهرة أمس ! وفاز نادي الزمالك على الأهلي 2-1 في استاد القاهرة الدولي عام 2006 ؟ ' +
    'Reuters: «قالت وكالة الأنباء الفرنسية (أ ف ب) إن شركة أرامكو السعودية وقعت اتفاقاً مع Microsoft في دبي» . ' +
    'زار الملك عبدالله الثاني بن الحسين مدينة العقبة ، واستقبل رئيس وزراء بريطانيا توني بلير في عمان';

  /**
   * For every sentence: the same feature strings (shared definition vs reference.ts), the same
   * gazetteer marks (the tagger's findMarks vs features.ts), the same emissions to the bit, the same
   * labels and spans, span scores within 1e-9 — with the loops written out for 9 labels and with the
   * general ones, and through the log-space forward-backward (bit-identical to decode.ts).
   * Returns the number of spans and the largest score difference seen.
   */
  function compare(tagger: LinearChainTagger, sents: readonly string[][]): { spans: number; maxDiff: number } {
    const reference = new ReferenceTagger(tagger);
    const internals = tagger as unknown as { unrolled: boolean; marks: GazMarks; forwardBackwardScaled?: () => boolean };
    let spans = 0;
    let maxDiff = 0;
    for (const words of sents) {
      const infos = words.map(wordInfo);
      expect(featureStringsFromInfos(infos, tagger.gaz)).toEqual(referenceFeatureStrings(infos, tagger.gaz));
      const emFast = tagger.emissions(words);
      expect(words.map((_, i) => internals.marks.names(i))).toEqual(gazetteerMarks(infos, tagger.gaz));
      const emRef = reference.emissions(words);
      expect(emFast.length).toBe(emRef.length);
      for (let i = 0; i < emRef.length; i++) if (emFast[i] !== emRef[i]) expect([i, emFast[i]]).toEqual([i, emRef[i]]);
      const ref = reference.tag(words);
      for (const unrolled of [true, false]) {
        internals.unrolled = unrolled;
        const fast = tagger.tag(words);
        expect(fast.labels).toEqual(ref.labels);
        expect(fast.spans.map((s) => [s.from, s.to, s.type])).toEqual(ref.spans.map((s) => [s.from, s.to, s.type]));
        fast.spans.forEach((s, k) => {
          const d = Math.abs(s.score - ref.spans[k].score);
          expect(d).toBeLessThanOrEqual(1e-9);
          maxDiff = Math.max(maxDiff, d);
        });
      }
      internals.unrolled = true;
      // The fallback when a scaled row underflows: log space, as decode.ts marginals to the bit.
      internals.forwardBackwardScaled = () => false;
      try {
        const logSpace = tagger.tag(words);
        expect(logSpace.labels).toEqual(ref.labels);
        expect(logSpace.spans).toEqual(ref.spans);
      } finally {
        delete internals.forwardBackwardScaled;
      }
      spans += ref.spans.length;
    }
    return { spans, maxDiff };
  }

  it('on built-in Arabic text, words as the engine gives them, odd tokens and random sequences', () => {
    const tagger = new LinearChainTagger(deserializeModel(bytes));
    const sents = engineWords(BUILT_IN);
    sents.push(engineWords(BUILT_IN).flat()); // a whole text as one sequence
    const r = rng(5);
    const vocab = ['في', 'الرئيس', 'محمد', 'بغداد', '.', '،', 'شركة', 'قال', 'الأمم', 'المتحدة', '2006', 'abc', 'وزير', 'I-', '', ' ', '<s>', '</s>', '|', 'الخارجية', 'والقاهرة'];
    for (let k = 0; k < 100; k++) sents.push(Array.from({ length: Math.floor(r() * 14) }, () => vocab[Math.floor(r() * vocab.length)]));
    // Twice: the second time every word comes from the cache.
    const first = compare(tagger, sents);
    expect(first.spans).toBeGreaterThan(20);
    expect(first.maxDiff).toBeLessThan(1e-12); // in fact rounding only
    compare(tagger, sents);
  });

  it.skipIf(!existsSync(ANER))('on the first 300 sentences of ANERcorp train (../shared), re-tokenised like the engine', () => {
    const tagger = new LinearChainTagger(deserializeModel(bytes));
    const sents: string[][] = [];
    let cur: string[] = [];
    for (const line of readFileSync(ANER, 'utf8').split('\n')) {
      if (line.trim()) cur.push(line.trim().split(/\s+/)[0]);
      else if (cur.length) {
        sents.push(retokenize(cur, cur.map(() => 'O')).words);
        cur = [];
      }
      if (sents.length === 300) break;
    }
    expect(sents.length).toBe(300);
    expect(compare(tagger, sents).spans).toBeGreaterThan(100);
  });

  it('stays equal after the word cache is emptied (more than 20,000 distinct words)', () => {
    const tagger = new LinearChainTagger(deserializeModel(bytes));
    const r = rng(9);
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const word = () => (r() < 0.3 ? 'ال' : '') + Array.from({ length: 3 + Math.floor(r() * 4) }, () => letters[Math.floor(r() * letters.length)]).join('');
    const probe = engineWords(BUILT_IN);
    for (let k = 0; k < 1100; k++) {
      const words = Array.from({ length: 20 }, word);
      tagger.tag(words);
      if (k % 100 === 0) compare(tagger, [words, probe[k % probe.length]]);
    }
    compare(tagger, probe);
  });

  it('Viterbi (written out for 9 labels and general) and scaled forward-backward on random emissions, against decode.ts', () => {
    const tagger = new LinearChainTagger(deserializeModel(bytes));
    const t = tagger as unknown as {
      em: Float64Array;
      delta: Float64Array;
      back: Int32Array;
      alpha: Float64Array;
      beta: Float64Array;
      ensure(n: number): void;
      viterbi(n: number): void;
      viterbi9(n: number): void;
      forwardBackwardScaled(n: number, lo: number, hi: number): boolean;
      rowSum(t: number): number;
    };
    const L = 9;
    const { header } = tagger.parts;
    const T = header.temperature;
    const allowed = bioConstraints(header.labels);
    const trans = Float64Array.from(tagger.parts.trans);
    const start = Float64Array.from(tagger.parts.start);
    const r = rng(11);
    for (let k = 0; k < 300; k++) {
      const n = 1 + Math.floor(r() * 40);
      // Score spreads like the model's, and some far wider (scaled rows must not underflow).
      const spread = k % 3 === 0 ? 2000 : 60;
      const em = Float64Array.from({ length: n * L }, () => (r() - 0.5) * spread);
      t.ensure(n);
      t.em.set(em);
      t.viterbi9(n);
      const delta9 = t.delta.slice(0, n * L);
      const back9 = t.back.slice(0, n * L);
      t.viterbi(n);
      expect(delta9).toEqual(t.delta.slice(0, n * L));
      expect(back9).toEqual(t.back.slice(0, n * L));
      // The best path from delta and back is decode.ts viterbi's.
      const best = new Int32Array(n);
      let arg = 0;
      for (let y = 1; y < L; y++) if (delta9[(n - 1) * L + y] > delta9[(n - 1) * L + arg]) arg = y;
      best[n - 1] = arg;
      for (let i = n - 1; i > 0; i--) best[i - 1] = back9[i * L + best[i]];
      expect(best).toEqual(viterbi(n, L, em, trans, start, allowed));
      if (!t.forwardBackwardScaled(n, 0, n)) continue; // underflow: tag() would use log space
      const marg = marginals(n, L, em.map((x) => x / T), trans.map((x) => x / T), start.map((x) => x / T), allowed);
      for (let i = 0; i < n; i++) {
        const z = t.rowSum(i);
        for (let y = 0; y < L; y++) expect(Math.abs((t.alpha[i * L + y] * t.beta[i * L + y]) / z - marg[i * L + y])).toBeLessThan(1e-9);
      }
    }
  });

  it('expNonPositive (scaled forward-backward) is Math.exp within 2e-15 relative on [-700, 0], 0 below', () => {
    const r = rng(3);
    let worst = 0;
    for (let i = 0; i < 200000; i++) {
      const x = i % 2 ? -r() * 700 : -r() * 4;
      worst = Math.max(worst, Math.abs(expNonPositive(x) - Math.exp(x)) / Math.exp(x));
    }
    expect(worst).toBeLessThan(2e-15);
    expect(expNonPositive(0)).toBe(1);
    expect(expNonPositive(-0)).toBe(1);
    expect(expNonPositive(-700)).toBeCloseTo(Math.exp(-700), 318);
    expect(expNonPositive(-700.0001)).toBe(0);
    expect(expNonPositive(-1e6)).toBe(0);
  });
});
