/**
 * Turns a name the renderer suggests (often an incident title: "Brand 3/12: hal B") into a file name that
 * every OS accepts and that can only name a file, never a path: no separators, no characters Windows
 * refuses, no device names, no leading dots, not too long, and with the right extension.
 */

/** Separators, characters Windows refuses in names, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\<>:"|?*\u0000-\u001f\u007f]+/g;
/** Windows refuses these as names whatever the extension (CON.html is as bad as CON). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Well below the 255 bytes most file systems allow, leaving room for UTF-8 and the extension. */
const MAX_STEM = 120;
const FALLBACK = 'crisis-room';

export function fileNameSafe(suggested: string, extension: string): string {
  const suffix = `.${extension}`;
  let stem = suggested.normalize('NFC');
  if (stem.toLowerCase().endsWith(suffix)) stem = stem.slice(0, -suffix.length);
  stem = [...stem.replace(UNSAFE, '-').replace(/\s+/g, ' ')]
    .slice(0, MAX_STEM)
    .join('')
    // Leading dots hide a file (and '..' must never survive), a leading dash reads as an option, and
    // Windows drops trailing dots and spaces; what was a separator at either end is noise.
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  if (stem === '') stem = FALLBACK;
  if (WINDOWS_DEVICE.test(stem.split('.')[0]!)) stem = `_${stem}`;
  return stem + suffix;
}
