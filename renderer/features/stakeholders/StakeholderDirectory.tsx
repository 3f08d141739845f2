/** The organisation-wide stakeholder directory (being built: see the channels and import work). */
import { useTranslation } from 'react-i18next';

export function StakeholderDirectory() {
  const { t } = useTranslation();
  return <h1>{t('nav.stakeholders')}</h1>;
}
