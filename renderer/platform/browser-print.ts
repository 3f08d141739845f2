/**
 * The report as PDF in a browser: a browser cannot make a PDF for us, so the report goes into a hidden
 * frame and the browser's print dialog opens, where the user picks "Save as PDF". That frame inherits the
 * app's Content Security Policy, which refuses the report's inline <style> and style="" attributes; styles
 * set from script are allowed, so each <style> becomes a constructed style sheet and each style attribute
 * is applied through the CSSOM. Scripts, links and base/meta elements are dropped (the report needs none).
 */

const PRINT_FRAME = 'data-report-print';
const STYLE_ATTRIBUTE = 'data-report-style';

/** The report's HTML as an inert document, its styles taken out for `reportPrint` to apply. */
function reportParse(html: string): { source: Document; css: string[] } {
  const source = new DOMParser().parseFromString(html, 'text/html');
  const css = [...source.querySelectorAll('style')].map((style) => style.textContent ?? '');
  source
    .querySelectorAll('style, script, link, base, meta, iframe, object, embed')
    .forEach((el) => el.remove());
  for (const element of source.querySelectorAll('[style]')) {
    element.setAttribute(STYLE_ATTRIBUTE, element.getAttribute('style') ?? '');
    element.removeAttribute('style');
  }
  return { source, css };
}

/**
 * Shows the browser's print dialog for the report. The frame goes away after printing; a frame left by
 * a browser that never said so is replaced by the next print.
 */
export function reportPrint(html: string, title: string, doc: Document = document): void {
  doc.querySelectorAll(`iframe[${PRINT_FRAME}]`).forEach((old) => old.remove());
  const frame = doc.createElement('iframe');
  frame.setAttribute(PRINT_FRAME, '');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Hidden but laid out: some browsers print a display:none frame as an empty page.
  frame.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  doc.body.append(frame);
  const view = frame.contentWindow;
  const target = frame.contentDocument;
  if (view === null || target === null) {
    frame.remove();
    throw new Error('The print frame has no document');
  }
  const { source, css } = reportParse(html);
  target.title = title;
  target.documentElement.lang = source.documentElement.lang;
  target.body.replaceWith(target.importNode(source.body, true));
  // A constructed sheet may only be adopted by a document of the window that made it.
  const FrameStyleSheet = (view as Window & typeof globalThis).CSSStyleSheet;
  target.adoptedStyleSheets = css.map((text) => {
    const sheet = new FrameStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  for (const element of target.querySelectorAll<HTMLElement | SVGElement>(`[${STYLE_ATTRIBUTE}]`)) {
    element.style.cssText = element.getAttribute(STYLE_ATTRIBUTE) ?? '';
    element.removeAttribute(STYLE_ATTRIBUTE);
  }
  view.addEventListener('afterprint', () => frame.remove(), { once: true });
  view.focus();
  view.print();
}
