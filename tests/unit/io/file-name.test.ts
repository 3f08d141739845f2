import { describe, expect, it } from 'vitest';
import { fileNameSafe } from '../../../shared/file-name';

describe('fileNameSafe', () => {
  it.each([
    ['Evaluatie brand hal B', 'html', 'Evaluatie brand hal B.html'],
    ['Brand 3/12: hal B', 'csv', 'Brand 3-12- hal B.csv'],
    ['..\\..\\Windows\\system32', 'md', 'Windows-system32.md'],
    ['../../.ssh/authorized_keys', 'crisisroom', 'ssh-authorized_keys.crisisroom'],
    ['/etc/passwd', 'json', 'etc-passwd.json'],
    ['rapport.PDF', 'pdf', 'rapport.pdf'],
    ['archief.crisisroom', 'crisisroom', 'archief.crisisroom'],
    ['report.html', 'pdf', 'report.html.pdf'],
    ['what? <now> "quoted" a|b*', 'html', 'what- -now- -quoted- a-b.html'],
    ['tab\there\nnewline\u0000nul', 'csv', 'tab-here-newline-nul.csv'],
    ['  . hidden .  ', 'md', 'hidden.md'],
    ['...', 'html', 'crisis-room.html'],
    ['CON', 'html', '_CON.html'],
    ['nul.backup', 'json', '_nul.backup.json'],
    ['Lpt1', 'csv', '_Lpt1.csv'],
  ])('%j as .%s → %j', (suggested, extension, expected) => {
    expect(fileNameSafe(suggested, extension)).toBe(expected);
  });

  it('keeps names short, without splitting a character', () => {
    const name = fileNameSafe('🚒'.repeat(300), 'html');
    expect([...name.replace('.html', '')]).toHaveLength(120);
    expect(name.endsWith('.html')).toBe(true);
    expect(name).not.toContain('\ufffd');
  });
});
