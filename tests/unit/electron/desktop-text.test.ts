import { describe, expect, it } from 'vitest';
import { desktopLanguagePick, desktopText } from '../../../electron/main/desktop-text';

describe('desktop texts', () => {
  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(desktopText('en', 'approvalsBody', { count: 2 })).toBe('2 statement(s) waiting for approval');
    expect(desktopText('nl', 'approvalsBody')).toBe('{count} tekst(en) wachten op goedkeuring');
  });

  it('picks the saved language, else the first Dutch or English system language, else English', () => {
    expect(desktopLanguagePick('nl', ['en-US'])).toBe('nl');
    expect(desktopLanguagePick(undefined, ['fy-NL', 'nl-BE', 'en-GB'])).toBe('nl');
    expect(desktopLanguagePick(undefined, ['en_GB', 'nl'])).toBe('en');
    expect(desktopLanguagePick(undefined, ['de-DE'])).toBe('en');
  });
});
