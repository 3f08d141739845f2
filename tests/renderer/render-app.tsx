import { render } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { dbOpen } from '../../renderer/db/schema';
import { i18nInit, type Language } from '../../renderer/i18n';
import { browserPlatform } from '../../renderer/platform';

let n = 0;

/** The whole app over a fresh database, as a first start on a new device. */
export function renderApp(language: Language = 'en') {
  const db = dbOpen(`renderer-test-${Date.now()}-${n++}`);
  const view = render(<App db={db} i18n={i18nInit(language)} platform={browserPlatform} />);
  return { db, ...view };
}
