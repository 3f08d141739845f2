/** The organisation's channels and checklist templates (being built). */
import { useTranslation } from 'react-i18next';

export function ChannelsPage() {
  const { t } = useTranslation();
  return <h1>{t('nav.channels')}</h1>;
}
