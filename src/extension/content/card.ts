/**
 * The hover card: the extension's only addition to the page, a single host element appended to <html> (outside
 * <body>) holding a closed shadow root, so neither the page's CSS nor its scripts' DOM walks of <body> meet it.
 * Built with createElement/textContent only.
 */
import type { Entity, EntityType } from '../../core/types.ts';
import { ENTITY_COLORS } from '../popup/colors.ts';

export const CARD_HOST_TAG = 'qari-card';

type CardLabels = Record<EntityType, string> & { mentions: string; role: string; value: string };

const LABELS: Record<'ar' | 'en', CardLabels> = {
  ar: { official: 'مسؤول', person: 'شخص', place: 'مكان', organization: 'منظمة', date: 'تاريخ', mentions: 'عدد الإشارات', role: 'المنصب', value: 'القيمة' },
  en: { official: 'Official', person: 'Person', place: 'Place', organization: 'Organization', date: 'Date', mentions: 'Mentions', role: 'Role', value: 'Value' },
};

const CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 320px; min-width: 160px; box-sizing: border-box;
  padding: 8px 10px; border-radius: 8px; border: 1px solid rgba(0,0,0,.18); background: #fff; color: #111;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); font: 14px/1.5 system-ui, "Noto Naskh Arabic", "Segoe UI", Tahoma, sans-serif;
  pointer-events: none; display: none; unicode-bidi: plaintext; }
.card.show { display: block; }
.type { font-size: 12px; font-weight: 600; display: flex; align-items: center; gap: 6px; }
.dot { width: 10px; height: 10px; border-radius: 50%; display: inline-block; }
.name { font-size: 16px; font-weight: 700; margin: 2px 0; }
.row { font-size: 13px; color: #333; }
.k { color: #666; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2023; color: #eee; border-color: rgba(255,255,255,.2); }
  .row { color: #ddd; } .k { color: #aaa; }
}
`;

export class HoverCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private shown: Entity | null = null;
  private readonly lang: 'ar' | 'en';

  constructor(private readonly doc: Document, uiLanguage: string) {
    this.lang = uiLanguage.toLowerCase().startsWith('ar') || doc.documentElement.lang.toLowerCase().startsWith('ar') ? 'ar' : 'en';
  }

  private ensure(): HTMLElement {
    if (this.card && this.host?.isConnected) return this.card;
    const host = this.doc.createElement(CARD_HOST_TAG);
    host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;');
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CSS;
    const card = this.doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.dir = this.lang === 'ar' ? 'rtl' : 'ltr';
    root.append(style, card);
    this.doc.documentElement.append(host);
    this.host = host;
    this.card = card;
    return card;
  }

  show(entity: Entity, x: number, y: number): void {
    const card = this.ensure();
    if (this.shown !== entity) {
      const L = LABELS[this.lang];
      const el = (tag: string, cls: string, text?: string) => {
        const e = this.doc.createElement(tag);
        e.className = cls;
        if (text !== undefined) e.textContent = text;
        return e;
      };
      const type = el('div', 'type');
      const dot = el('span', 'dot');
      dot.style.background = ENTITY_COLORS[entity.type].swatch;
      type.append(dot, L[entity.type]);
      const rows: HTMLElement[] = [type, el('div', 'name', entity.canonical)];
      const row = (k: string, v: string) => {
        const r = el('div', 'row');
        r.append(el('span', 'k', `${k}: `), v);
        return r;
      };
      if (entity.role) rows.push(row(L.role, entity.role));
      if (entity.type === 'date' && entity.value) rows.push(row(L.value, entity.value));
      rows.push(row(L.mentions, String(entity.mentions.length)));
      card.replaceChildren(...rows);
      this.shown = entity;
    }
    card.classList.add('show');
    // Place below-right of the pointer, kept inside the viewport.
    const vw = this.doc.documentElement.clientWidth || 800;
    const vh = this.doc.documentElement.clientHeight || 600;
    const w = card.offsetWidth || 240;
    const h = card.offsetHeight || 100;
    const left = Math.max(4, Math.min(x + 12, vw - w - 4));
    const top = y + 18 + h > vh ? Math.max(4, y - h - 12) : y + 18;
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  hide(): void {
    this.card?.classList.remove('show');
  }

  get visible(): boolean {
    return !!this.card?.classList.contains('show');
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.card = null;
    this.shown = null;
  }
}
