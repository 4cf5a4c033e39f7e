/**
 * The command-line front: the same article detection and engine as the extension, on an HTML file
 * or URL under Node.
 *
 *   npm run -s annotate -- FILE_OR_URL [--json] [--no-tagger]
 *   npm run -s annotate -- --conll FILE [--no-tagger]
 * (QARI_NO_TAGGER=1 in the environment is the same as --no-tagger.)
 *
 * --json prints one JSON document (the output contract: source, isArticle, title, published, text,
 * entities with UTF-16 mention offsets into text). Without it, a readable summary grouped by type.
 * --conll annotates each sentence of a CoNLL file and prints `token GOLD PRED` lines.
 * Errors (unreadable file, unreachable URL) print one line on stderr and exit 1; a page with no
 * article is not an error: isArticle is false and nothing is annotated.
 */
import { annotate, type SpanTagger } from '../core/engine.ts';
import type { AnnotateOutput, Entity, EntityType } from '../core/types.ts';
import { detectArticle } from '../dom/article.ts';
import { runConll } from './conll.ts';
import { loadTaggerNode } from './load-tagger-node.ts';
import { loadPage } from './page.ts';

interface Args {
  source: string | null;
  json: boolean;
  conll: string | null;
  tagger: boolean;
}

function parseArgs(argv: string[]): Args {
  // QARI_NO_TAGGER=1 is --no-tagger for callers that cannot pass flags (the shared page scorer).
  const args: Args = { source: null, json: false, conll: null, tagger: !process.env.QARI_NO_TAGGER };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--no-tagger') args.tagger = false;
    else if (a === '--conll') {
      args.conll = argv[++i] ?? null;
      if (!args.conll) throw new Error('--conll needs a file');
    } else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run -s annotate -- FILE_OR_URL [--json] [--no-tagger]\n       npm run -s annotate -- --conll FILE [--no-tagger]\n');
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (!args.source) args.source = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!args.source && !args.conll) throw new Error('usage: npm run -s annotate -- FILE_OR_URL [--json]');
  return args;
}

async function tagger(enabled: boolean): Promise<SpanTagger | null> {
  if (!enabled) return null;
  try {
    return await loadTaggerNode();
  } catch (e) {
    process.stderr.write(`warning: the learned tagger could not be loaded (${(e as Error).message}); rules only\n`);
    return null;
  }
}

export async function annotateSource(source: string, t: SpanTagger | null): Promise<AnnotateOutput> {
  const page = await loadPage(source);
  try {
    const article = detectArticle(page.document);
    if (!article.isArticle) {
      return { source: page.source, isArticle: false, reason: article.reason ?? 'no article found on this page', title: article.title, published: article.published, text: '', entities: [] };
    }
    const entities = annotate({ text: article.text, published: article.published, segments: article.segments }, { tagger: t });
    return { source: page.source, isArticle: true, title: article.title, published: article.published, text: article.text, entities };
  } finally {
    page.close();
  }
}

const LABELS: Record<EntityType, string> = {
  official: 'Officials',
  person: 'People',
  place: 'Places',
  organization: 'Organizations',
  date: 'Dates',
};

export function summarize(out: AnnotateOutput): string {
  const lines: string[] = [];
  lines.push(`Source: ${out.source}`);
  if (!out.isArticle) {
    lines.push(`No article: ${out.reason ?? 'this page does not look like an article'}`);
    return lines.join('\n');
  }
  lines.push(`Title: ${out.title ?? '(none)'}`);
  lines.push(`Published: ${out.published ?? '(unknown)'}`);
  for (const type of Object.keys(LABELS) as EntityType[]) {
    const list = out.entities.filter((e) => e.type === type);
    if (!list.length) continue;
    lines.push('', `${LABELS[type]} (${list.length})`);
    for (const e of list) lines.push(`  ${describe(e)}`);
  }
  if (!out.entities.length) lines.push('', 'No entities found.');
  return lines.join('\n');
}

function describe(e: Entity): string {
  const forms = [...new Set(e.mentions.map((m) => m.text.replace(/\s+/g, ' ')))].filter((f) => f !== e.canonical);
  const parts = [e.canonical];
  if (e.role) parts.push(`— ${e.role}`);
  if (e.type === 'date') parts.push(`→ ${e.value ?? '(unresolved)'}`);
  parts.push(`×${e.mentions.length}`);
  if (forms.length && e.type !== 'date') parts.push(`[${forms.join(' / ')}]`);
  return parts.join(' ');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const t = await tagger(args.tagger);
  if (args.conll) {
    const out = await runConll(args.conll, async (text) => annotate({ text, published: null }, { tagger: t, includeMisc: true }));
    process.stdout.write(out);
    return;
  }
  const out = await annotateSource(args.source!, t);
  process.stdout.write(args.json ? JSON.stringify(out, null, 1) + '\n' : summarize(out) + '\n');
}

const isMain = process.argv[1] && /annotate\.ts$/.test(process.argv[1]);
if (isMain) {
  main().catch((e: unknown) => {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`annotate: ${msg.split('\n')[0]}\n`);
    process.exit(1);
  });
}
