#!/usr/bin/env python3
"""Show, per gold page, the predicted entities the scorer counts as wrong (fp), the gold ones missed (fn)
and splits, using ../shared/tools/score_pages.py's own matching. usage: scripts/diagnose.py DIR... [-- annotate args]"""
import json, os, subprocess, sys, glob
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'tools'))
import score_pages as sp  # noqa

argv = sys.argv[1:]
extra = []
if '--' in argv:
    i = argv.index('--'); extra = argv[i + 1:]; argv = argv[:i]
for d in argv:
    for gp in sorted(glob.glob(os.path.join(d, '*.gold.json'))):
        gold = json.load(open(gp))
        html = gp[:-len('.gold.json')] + '.html'
        r = subprocess.run(['npm', 'run', '-s', 'annotate', '--', html, '--json', *extra], capture_output=True, text=True)
        out = json.loads(r.stdout[r.stdout.find('{'):])
        ents = out.get('entities', [])
        print('==', os.path.basename(html))
        if not gold.get('is_article', True):
            print('  non-article; predicted isArticle', out.get('isArticle'), len(ents), 'entities'); continue
        for label, key, types in (('people', None, ('official', 'person')), ('places', 'places', ('place',)), ('orgs', 'organizations', ('organization',))):
            g = gold.get('officials', []) + gold.get('persons', []) if key is None else gold.get(key, [])
            pred = [e for e in ents if e['type'] in types]
            tp, fp, fn, splits, matched, _, _ = sp.score_set(pred, g)
            gf = [set().union(*[sp.forms(f) for f in x['surface_forms'] + [x['canonical']]]) for x in g]
            for p in pred:
                pf = set()
                for m in p['mentions']: pf |= sp.forms(m['text'])
                pf |= sp.forms(p['canonical'])
                if not any(sp.ent_matches(pf, x) for x in gf):
                    print('  FP %-6s %s %s' % (label, p['canonical'], ('— ' + p['role']) if p.get('role') else ''), [m['text'] for m in p['mentions']][:4])
                elif p not in [m for m in matched if m is not None]:
                    print('  SPLIT %-6s %s' % (label, p['canonical']), [m['text'] for m in p['mentions']][:4])
            for x, m in zip(g, matched):
                if m is None: print('  FN %-6s %s' % (label, x['canonical']))
                elif label == 'people' and x in gold.get('officials', []) and not (m['type'] == 'official' and m.get('role')):
                    print('  NOROLE %s' % x['canonical'])
        gd = gold.get('dates', []); pd = [e for e in ents if e['type'] == 'date']
        gtexts = [sp.norm(x['text']) for x in gd]
        for p in pd:
            t = sp.norm(p['mentions'][0]['text'])
            hit = [x for x, gt in zip(gd, gtexts) if (t in gt or gt in t) and min(len(t), len(gt)) >= 0.5 * max(len(t), len(gt))]
            if not hit: print('  FP date  %s → %s' % (p['canonical'], p['value']))
            elif hit[0].get('value') is not None and not str(p['value']).startswith(hit[0]['value']): print('  BADVAL %s → %s (gold %s)' % (p['canonical'], p['value'], hit[0]['value']))
        for x, gt in zip(gd, gtexts):
            if not any((sp.norm(p['mentions'][0]['text']) in gt or gt in sp.norm(p['mentions'][0]['text'])) for p in pd): print('  FN date  %s' % x['text'])
