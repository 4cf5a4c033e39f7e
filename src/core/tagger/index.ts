/**
 * Learned Arabic name tagger (PERS, LOC, ORG, MISC in BIO): an averaged-perceptron linear-chain model
 * with Viterbi decoding, shipped as public/MODEL_PATH and loaded lazily by the caller (core reads no files).
 *
 * Words are the engine's tokens as written (text.slice(token.start, token.end) for core tokenize());
 * the tagger normalises them itself. See docs/TAGGER.md.
 */
export type { NerType, SlotHolder, TaggedSpan, Tagger } from './model.ts';
export { parseModel } from './model.ts';
export { LABELS } from './decode.ts';

/** Path of the model file relative to public/ (the extension fetches runtime.getURL(MODEL_PATH)). */
export const MODEL_PATH = 'model/ner-tagger.bin';
