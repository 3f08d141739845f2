/** Escaping for text put into HTML, SVG and CSS: every piece of user text in a report goes through here. */
const HTML_SPECIAL = /[&<>"']/g;
// A separate pattern for the test: a global one keeps its position between calls.
const HTML_SPECIAL_ANY = /[&<>"']/;
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an HTML or SVG element or a quoted attribute. */
export function htmlEscape(text: string): string {
  return HTML_SPECIAL_ANY.test(text) ? text.replace(HTML_SPECIAL, (c) => HTML_ENTITIES[c]!) : text;
}

/**
 * A CSS string literal (for `content:` in @page rules). Quotes, backslashes, line breaks and angle
 * brackets become escapes, so no text can end the string or the <style> element it sits in.
 */
export function cssString(text: string): string {
  // Control characters (below a space) are escaped too; a line break would end the declaration.
  const escaped = text.replace(/[\\"'<>]|[^\P{Cc}]/gu, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}
