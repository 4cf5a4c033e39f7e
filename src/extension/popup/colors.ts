/**
 * One colour per entity type, shared by the popup swatches and the page highlights so that a swatch in
 * the popup always matches the marks on the page. Import from here; never repeat the values elsewhere.
 *
 * - `swatch`: the solid colour (popup swatch, underline/outline of a mark).
 * - `mark` / `markDark`: translucent backgrounds for `::highlight()` on light and dark pages; translucent so
 *   that the page's own text colour stays readable and nested marks stay visible.
 * - `flash`: the stronger background used for a moment when the popup reveals a mention.
 */
import type { EntityType } from '../../core/types.ts';

export interface EntityColor {
  readonly swatch: string;
  readonly mark: string;
  readonly markDark: string;
  readonly flash: string;
}

export const ENTITY_COLORS: Readonly<Record<EntityType, EntityColor>> = {
  official: { swatch: '#7c3aed', mark: 'rgba(124, 58, 237, 0.22)', markDark: 'rgba(167, 139, 250, 0.35)', flash: 'rgba(124, 58, 237, 0.55)' },
  person: { swatch: '#2563eb', mark: 'rgba(37, 99, 235, 0.20)', markDark: 'rgba(96, 165, 250, 0.35)', flash: 'rgba(37, 99, 235, 0.50)' },
  place: { swatch: '#16a34a', mark: 'rgba(22, 163, 74, 0.20)', markDark: 'rgba(74, 222, 128, 0.30)', flash: 'rgba(22, 163, 74, 0.50)' },
  organization: { swatch: '#ea580c', mark: 'rgba(234, 88, 12, 0.20)', markDark: 'rgba(251, 146, 60, 0.32)', flash: 'rgba(234, 88, 12, 0.50)' },
  date: { swatch: '#0d9488', mark: 'rgba(13, 148, 136, 0.20)', markDark: 'rgba(45, 212, 191, 0.30)', flash: 'rgba(13, 148, 136, 0.50)' },
};
