#!/usr/bin/env python3
"""Score the outputs scripts/annotate-sets.ts wrote (OUT env) set by set with ../shared/tools/score_pages.py's own
code (its run() is replaced by a read of the stored output), one SUMMARY line per set. ROWS=1 adds the page rows.
The figures equal score_pages.py's on each set (it is the same scoring)."""
import contextlib, io, json, os, re, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
sys.path.insert(0, os.path.join(ROOT, '..', 'shared', 'tools'))
import score_pages as sp  # noqa: E402

OUT = os.environ['OUT']
dirs = [('seed', os.path.join(ROOT, '..', 'shared', 'fixtures', 'seed')), ('dev', os.path.join(ROOT, '..', 'shared', 'fixtures', 'dev')),
        ('gold', os.path.join(ROOT, 'test', 'gold-pages'))]
blind = sorted((int(m.group(1) or 1), d) for d in os.listdir(os.path.join(ROOT, 'test')) for m in [re.match(r'^gold-pages-blind(?:-(\d+))?$', d)] if m)
dirs += [('b%d' % n, os.path.join(ROOT, 'test', d)) for n, d in blind]
current = {}


def stored(page):
    p = os.path.join(OUT, current['name'], os.path.basename(page) + '.json')
    if not os.path.exists(p):
        return None, 'missing'
    o = json.load(open(p))
    return (None, o['error']) if 'error' in o else (o, None)


sp.run = stored
for name, d in dirs:
    if not os.path.isdir(os.path.join(OUT, name)):
        continue
    current['name'] = name
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        sp.main([d])
    lines = buf.getvalue().splitlines()
    print(name, [x for x in lines if x.startswith('SUMMARY')][0][8:])
    if os.environ.get('ROWS'):
        for x in lines:
            if not x.startswith(('SUMMARY', 'people', 'places', 'orgs', 'dates', 'body')):
                print('   ', x)
