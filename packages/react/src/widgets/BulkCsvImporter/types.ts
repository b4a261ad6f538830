import type { HeadingLevel } from './parts/Heading.js';

/** Parts of the widget a host can style through `classNames`. */
export type BulkCsvImporterPart =
  | 'root'
  | 'header'
  | 'title'
  | 'stepper'
  | 'downloads'
  | 'dropzone'
  | 'format'
  | 'columns'
  | 'preview'
  | 'problems'
  | 'progress'
  | 'counts'
  | 'actions'
  | 'notice'
  | 'error';

export type PartClassNames = Partial<Record<BulkCsvImporterPart, string>>;

/** What every part gets from the widget. */
export interface PartProps {
  classNames: PartClassNames;
  /** The level of the part's own headings. */
  level: HeadingLevel;
}
