import { describe, expect, it } from 'vitest';
import { countryCodes, countryName, countryOptions } from './countries.js';

describe('countries', () => {
  it('lists the 249 ISO 3166-1 alpha-2 codes once each', () => {
    expect(countryCodes).toHaveLength(249);
    expect(new Set(countryCodes).size).toBe(249);
    expect(countryCodes.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  });

  it('names them in the widget’s language, sorted as that language sorts', () => {
    const de = countryOptions('de');
    expect(de.find((c) => c.code === 'DE')?.name).toBe('Deutschland');
    const names = de.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('de').compare));
    expect(countryName('BR', 'pt-BR')).toBe('Brasil');
    expect(countryName('US', 'fr')).toBe('États-Unis');
  });
});
