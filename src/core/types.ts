/** The shapes that flow from the engine to the DOM layer, the extension and the command line. */

export type EntityType = 'official' | 'person' | 'place' | 'organization' | 'date';

export const ENTITY_TYPES: readonly EntityType[] = ['official', 'person', 'place', 'organization', 'date'];

/** A stretch of the annotated text: UTF-16 offsets, text.slice(start, end) === mention.text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  type: EntityType;
  /** The fullest name the article gives (or a dictionary's canonical name). */
  canonical: string;
  /** For officials: the role as the article states it. */
  role: string | null;
  /** For dates: ISO 8601 at the precision the text gives (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, or a range a/b). */
  value: string | null;
  mentions: Mention[];
}

/** A region of the annotated text: the headline, the dateline or the body. */
export interface TextSegment {
  kind: 'title' | 'dateline' | 'body';
  start: number;
  end: number;
}

export interface EngineInput {
  /** The article text: headline, dateline and body paragraphs separated by blank lines. */
  text: string;
  /** Publication date-time, 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD', as the page gives it (local time), or null. */
  published: string | null;
  /** Which stretch of the text is what; optional (the whole text is body when absent). */
  segments?: TextSegment[];
}

/** The result printed by `annotate --json`: the output contract of the command line. */
export interface AnnotateOutput {
  source: string;
  isArticle: boolean;
  /** Why the page is not an article, when it is not. */
  reason?: string;
  title: string | null;
  published: string | null;
  text: string;
  entities: Entity[];
}
