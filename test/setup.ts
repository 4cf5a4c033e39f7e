/**
 * Property tests are reproducible in CI: fast-check runs every property with one fixed seed.
 * Explore other inputs locally with QARI_FC_SEED=<n> (or QARI_FC_SEED=random).
 */
import fc from 'fast-check';

const env = process.env.QARI_FC_SEED;
if (env !== 'random') fc.configureGlobal({ seed: env ? Number(env) : 20261129 });
