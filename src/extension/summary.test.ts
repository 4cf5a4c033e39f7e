import { describe, expect, it } from 'vitest';
import type { Entity, EntityType, Mention } from '../core/types.ts';
import {
  csvField,
  displayValue,
  exportFileName,
  filterSummary,
  flatEntries,
  formatPublished,
  summarize,
  toCSV,
  toExport,
  toJSON,
  totals,
  UTF8_BOM,
} from './summary.ts';

/** Build an entity whose mentions really sit at their offsets in `text`. */
function ent(text: string, type: EntityType, canonical: string, forms: string[], extra: Partial<Entity> = {}): Entity {
  const mentions: Mention[] = [];
  for (const f of forms) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(f, from);
      if (i < 0) break;
      if (!mentions.some((m) => i < m.end && i + f.length > m.start)) mentions.push({ start: i, end: i + f.length, text: f });
      from = i + f.length;
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { type, canonical, role: null, value: null, mentions, ...extra };
}

const TEXT =
  'قال وزير الخارجية الروسي سيرجي لافروف اليوم الخميس في موسكو إن روسيا لا تريد الحرب. ' +
  'وأضاف لافروف أن أنتوني بلينكن سيزور موسكو. وقالت الأمم المتحدة إن الاجتماع في 3 ديسمبر. وعاد لافروف إلى موسكو.';

const ENTITIES: Entity[] = [
  ent(TEXT, 'place', 'موسكو', ['موسكو']), // 0: 3 mentions
  ent(TEXT, 'date', '3 ديسمبر', ['3 ديسمبر'], { value: '2021-12-03' }), // 1: later in the text
  ent(TEXT, 'official', 'سيرجي لافروف', ['سيرجي لافروف', 'لافروف'], { role: 'وزير الخارجية الروسي' }), // 2
  ent(TEXT, 'person', 'أنتوني بلينكن', ['أنتوني بلينكن']), // 3
  ent(TEXT, 'organization', 'الأمم المتحدة', ['الأمم المتحدة']), // 4
  ent(TEXT, 'date', 'اليوم الخميس', ['اليوم الخميس'], { value: '2021-12-02' }), // 5: earlier
  ent(TEXT, 'place', 'روسيا', ['روسيا']), // 6: 1 mention
];

describe('summarize', () => {
  const groups = summarize(ENTITIES);

  it('groups in the display order official, person, place, organization, date', () => {
    expect(groups.map((g) => g.type)).toEqual(['official', 'person', 'place', 'organization', 'date']);
  });

  it('keeps the index into the original entity list for reveal-entity', () => {
    const lavrov = groups[0].entries[0];
    expect(lavrov.index).toBe(2);
    expect(ENTITIES[lavrov.index].canonical).toBe('سيرجي لافروف');
  });

  it('counts mentions per entry and per group, and collects distinct forms in order', () => {
    const lavrov = groups[0].entries[0];
    expect(lavrov.mentions).toBe(3);
    expect(lavrov.forms).toEqual(['سيرجي لافروف', 'لافروف']);
    expect(lavrov.role).toBe('وزير الخارجية الروسي');
    const places = groups[2];
    expect(places.entries.map((e) => [e.name, e.mentions])).toEqual([
      ['موسكو', 3],
      ['روسيا', 1],
    ]);
    expect(places.mentions).toBe(4);
    expect(totals(groups)).toEqual({ entities: 7, mentions: 3 + 1 + 4 + 1 + 2 });
  });

  it('orders dates by first appearance, other types by mention count', () => {
    expect(groups[4].entries.map((e) => e.name)).toEqual(['اليوم الخميس', '3 ديسمبر']);
    const tie = summarize([ent(TEXT, 'place', 'روسيا', ['روسيا']), ent(TEXT, 'place', 'موسكو', ['موسكو'])]);
    // موسكو has more mentions even though it is listed second.
    expect(tie[2].entries[0].name).toBe('موسكو');
  });

  it('gives empty groups for absent types and nulls for blank role/value', () => {
    const g = summarize([{ type: 'person', canonical: ' زيد ', role: '  ', value: '', mentions: [] }]);
    expect(g[0].entries).toEqual([]);
    expect(g[1].entries[0]).toMatchObject({ name: 'زيد', role: null, value: null, mentions: 0 });
    expect(flatEntries(g)).toHaveLength(1);
  });
});

describe('filterSummary', () => {
  const groups = summarize(ENTITIES);
  const names = (q: string) => flatEntries(filterSummary(groups, q)).map((e) => e.name);

  it('keeps everything for an empty or blank query', () => {
    expect(names('')).toHaveLength(7);
    expect(names('   ')).toHaveLength(7);
  });

  it('matches through hamza and ta marbuta normalisation', () => {
    expect(names('انتوني')).toEqual(['أنتوني بلينكن']);
    expect(names('الامم المتحده')).toEqual(['الأمم المتحدة']);
  });

  it('matches an official by role and a date by its resolved value', () => {
    expect(names('وزير الخارجيه')).toEqual(['سيرجي لافروف']);
    expect(names('2021-12-03')).toEqual(['3 ديسمبر']);
  });

  it('ignores tashkeel in the query and needs every word', () => {
    expect(names('مُوسْكُو')).toEqual(['موسكو']);
    expect(names('لافروف موسكو')).toEqual([]);
  });

  it('keeps the groups in place and recounts their mentions', () => {
    const f = filterSummary(groups, 'روسيا');
    expect(f.map((g) => g.type)).toEqual(['official', 'person', 'place', 'organization', 'date']);
    // The role "الروسي" does not contain "روسيا": only the place matches.
    expect(f[2].entries.map((e) => e.name)).toEqual(['روسيا']);
    expect(f[2].mentions).toBe(1);
  });
});

describe('export', () => {
  const groups = summarize(ENTITIES);
  const meta = { url: 'https://www.example.com/news/1', title: 'عنوان', published: '2021-12-02T13:39', exportedAt: '2021-12-02T15:00:00.000Z' };

  it('JSON keeps Arabic unescaped and lists entities in display order', () => {
    const json = toJSON(meta, groups);
    expect(json).toContain('سيرجي لافروف');
    const parsed = JSON.parse(json);
    expect(parsed).toEqual(toExport(meta, groups));
    expect(parsed.source).toBe(meta.url);
    expect(parsed.entities.map((e: { type: string }) => e.type)).toEqual([
      'official', 'person', 'place', 'place', 'organization', 'date', 'date',
    ]);
    expect(parsed.entities[0]).toEqual({
      type: 'official', name: 'سيرجي لافروف', role: 'وزير الخارجية الروسي', value: null, mentions: 3,
      forms: ['سيرجي لافروف', 'لافروف'],
    });
  });

  it('CSV has a header, one row per entity and CRLF line ends', () => {
    const csv = toCSV(groups);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('type,name,role,value,mentions,forms');
    expect(lines).toHaveLength(1 + 7 + 1); // header, rows, trailing empty
    expect(lines[1]).toBe('official,سيرجي لافروف,وزير الخارجية الروسي,,3,سيرجي لافروف | لافروف');
    expect(lines[6]).toBe('date,اليوم الخميس,,2021-12-02,1,اليوم الخميس');
    expect(csv.startsWith(UTF8_BOM)).toBe(false);
  });

  it('CSV quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('قال "نعم"')).toBe('"قال ""نعم"""');
    expect(csvField('سطر\nثان')).toBe('"سطر\nثان"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@x')).toBe("'@x");
    expect(csvField(' x')).toBe('" x"');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
    expect(csvField('وزير، الخارجية')).toBe('وزير، الخارجية'); // the Arabic comma needs no quoting
  });

  it('CSV round-trips through a strict RFC 4180 reader', () => {
    const tricky = summarize([{ type: 'official', canonical: 'أ, "ب"', role: 'وزير\nالدفاع', value: null, mentions: [] }]);
    const rows = parseCsv(toCSV(tricky));
    expect(rows[1]).toEqual(['official', 'أ, "ب"', 'وزير\nالدفاع', '', '0', '']);
  });

  it('names the download after the host and date', () => {
    expect(exportFileName(meta.url, meta.exportedAt, 'csv')).toBe('qari-example.com-2021-12-02.csv');
    expect(exportFileName(null, meta.exportedAt, 'json')).toBe('qari-page-2021-12-02.json');
    expect(exportFileName('not a url', meta.exportedAt, 'json')).toBe('qari-page-2021-12-02.json');
  });
});

describe('display helpers', () => {
  it('shows a date range with a dash', () => {
    expect(displayValue('2021-12-01/2021-12-03')).toBe('2021-12-01 – 2021-12-03');
    expect(displayValue('2021-12')).toBe('2021-12');
    expect(displayValue('2021-12-02T13:39')).toBe('2021-12-02 13:39');
    expect(displayValue('2021-12-02T09:00/2021-12-02T11:30')).toBe('2021-12-02 09:00 – 2021-12-02 11:30');
  });

  it('formats the publication date as written, in the UI locale', () => {
    const en = formatPublished('2021-12-02T13:39', 'en');
    expect(en).toMatch(/December 2, 2021/);
    expect(en).toMatch(/1:39/);
    expect(formatPublished('2021-12-02', 'en')).toBe('December 2, 2021');
    expect(formatPublished('2021-12-02', 'ar')).not.toBe('2021-12-02');
    expect(formatPublished('2021-02-30', 'en')).toBe('2021-02-30');
    expect(formatPublished('yesterday', 'en')).toBe('yesterday');
  });
});

/** A minimal strict RFC 4180 reader for the round-trip test. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      field += c;
      i++;
    }
  }
  return rows;
}
