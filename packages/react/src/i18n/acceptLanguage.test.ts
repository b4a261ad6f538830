import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './acceptLanguage.js';

describe('localeFromAcceptLanguage', () => {
  it('takes the most preferred language that ships', () => {
    expect(localeFromAcceptLanguage('nl-NL,nl;q=0.9,de;q=0.8,en;q=0.7')).toBe('de');
    expect(localeFromAcceptLanguage('pt-PT,pt;q=0.9,en;q=0.8')).toBe('pt-BR');
    expect(localeFromAcceptLanguage('fr-CA')).toBe('fr');
  });

  it('follows the weights, not the order', () => {
    expect(localeFromAcceptLanguage('es;q=0.5,it;q=0.9')).toBe('it');
  });

  it('keeps English when English comes first', () => {
    expect(localeFromAcceptLanguage('en-GB,de;q=0.9')).toBe('en');
  });

  it('falls back to English without a header or a language that ships', () => {
    expect(localeFromAcceptLanguage(null)).toBe('en');
    expect(localeFromAcceptLanguage('')).toBe('en');
    expect(localeFromAcceptLanguage('ja,zh;q=0.5,*;q=0.1')).toBe('en');
    expect(localeFromAcceptLanguage('de;q=0')).toBe('en');
  });
});
