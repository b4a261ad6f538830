import type { ColumnDefinition } from '../template/defineTemplate.js';
import { parsers } from '../template/parsers.js';

const url = parsers.url();

/** Key → print area of the file URL columns shared by the mapping and order templates. */
export const fileAreas = {
  designFileUrl: 'default',
  frontFileUrl: 'front',
  backFileUrl: 'back',
  insideFileUrl: 'inside',
  neckInnerFileUrl: 'neck-inner',
  neckOuterFileUrl: 'neck-outer',
  sleeveLeftFileUrl: 'sleeve-left',
  sleeveRightFileUrl: 'sleeve-right',
} as const;

export type FileKey = keyof typeof fileAreas;

/** Print file URL columns: `Design File URL` (the `default` area) and one per common print area. */
export const fileColumns: readonly ColumnDefinition<FileKey>[] = [
  {
    key: 'designFileUrl',
    header: 'Design File URL',
    synonyms: {
      en: ['Design URL', 'File URL', 'Print File URL', 'Print File', 'Artwork URL', 'Design File'],
      'pt-BR': [
        'URL do Arquivo de Design',
        'URL do Arquivo',
        'URL da Arte',
        'Arquivo de Impressão',
      ],
      es: [
        'URL del archivo de diseño',
        'URL del diseño',
        'URL del archivo',
        'Archivo de impresión',
      ],
      fr: ['URL du fichier de design', 'URL du fichier', 'URL du visuel', "Fichier d'impression"],
      it: ['URL del file di design', 'URL del file', 'URL grafica', 'File di stampa'],
      de: ['Design-Datei-URL', 'Datei-URL', 'Druckdatei-URL', 'Druckdatei'],
    },
    parser: url,
  },
  {
    key: 'frontFileUrl',
    header: 'Front File URL',
    synonyms: {
      en: ['Front URL', 'Front'],
      'pt-BR': ['URL Frente', 'Frente'],
      es: ['URL Frontal', 'Frontal', 'URL Frente'],
      fr: ['URL Recto', 'Recto', 'URL Devant', 'Devant'],
      it: ['URL Fronte', 'Fronte'],
      de: ['Vorderseite-URL', 'Vorderseite'],
    },
    parser: url,
  },
  {
    key: 'backFileUrl',
    header: 'Back File URL',
    synonyms: {
      en: ['Back URL', 'Back'],
      'pt-BR': ['URL Verso', 'Verso', 'URL Costas', 'Costas'],
      es: ['URL Trasera', 'Trasera', 'URL Dorso', 'Dorso'],
      fr: ['URL Verso', 'Verso', 'URL Dos', 'Dos'],
      it: ['URL Retro', 'Retro'],
      de: ['Rückseite-URL', 'Rückseite'],
    },
    parser: url,
  },
  {
    key: 'insideFileUrl',
    header: 'Inside File URL',
    synonyms: {
      en: ['Inside URL', 'Inside'],
      'pt-BR': ['URL Interior', 'Interior', 'URL Miolo'],
      es: ['URL Interior', 'Interior'],
      fr: ['URL Intérieur', 'Intérieur'],
      it: ['URL Interno', 'Interno'],
      de: ['Innenseite-URL', 'Innenseite'],
    },
    parser: url,
  },
  {
    key: 'neckInnerFileUrl',
    header: 'Neck Inner File URL',
    synonyms: {
      en: ['Neck Inner URL', 'Inner Neck URL', 'Neck Inner'],
      'pt-BR': ['URL Gola Interna', 'Gola Interna'],
      es: ['URL Cuello Interior', 'Cuello Interior'],
      fr: ['URL Col Intérieur', 'Col Intérieur'],
      it: ['URL Collo Interno', 'Collo Interno'],
      de: ['Nacken-innen-URL', 'Nacken innen'],
    },
    parser: url,
  },
  {
    key: 'neckOuterFileUrl',
    header: 'Neck Outer File URL',
    synonyms: {
      en: ['Neck Outer URL', 'Outer Neck URL', 'Neck Outer'],
      'pt-BR': ['URL Gola Externa', 'Gola Externa'],
      es: ['URL Cuello Exterior', 'Cuello Exterior'],
      fr: ['URL Col Extérieur', 'Col Extérieur'],
      it: ['URL Collo Esterno', 'Collo Esterno'],
      de: ['Nacken-außen-URL', 'Nacken außen'],
    },
    parser: url,
  },
  {
    key: 'sleeveLeftFileUrl',
    header: 'Sleeve Left File URL',
    synonyms: {
      en: ['Sleeve Left URL', 'Left Sleeve URL', 'Left Sleeve'],
      'pt-BR': ['URL Manga Esquerda', 'Manga Esquerda'],
      es: ['URL Manga Izquierda', 'Manga Izquierda'],
      fr: ['URL Manche Gauche', 'Manche Gauche'],
      it: ['URL Manica Sinistra', 'Manica Sinistra'],
      de: ['Ärmel-links-URL', 'Ärmel links'],
    },
    parser: url,
  },
  {
    key: 'sleeveRightFileUrl',
    header: 'Sleeve Right File URL',
    synonyms: {
      en: ['Sleeve Right URL', 'Right Sleeve URL', 'Right Sleeve'],
      'pt-BR': ['URL Manga Direita', 'Manga Direita'],
      es: ['URL Manga Derecha', 'Manga Derecha'],
      fr: ['URL Manche Droite', 'Manche Droite'],
      it: ['URL Manica Destra', 'Manica Destra'],
      de: ['Ärmel-rechts-URL', 'Ärmel rechts'],
    },
    parser: url,
  },
];

/** The print files of a row, `Design File URL` first, as `{ type, url }` in the API's shape. */
export function filesOf(values: Partial<Record<FileKey, string>>): { type: string; url: string }[] {
  const files: { type: string; url: string }[] = [];
  for (const key of Object.keys(fileAreas) as FileKey[]) {
    const url = values[key];
    if (url) files.push({ type: fileAreas[key], url });
  }
  return files;
}
