import { useTranslation } from 'react-i18next';
import { isStandardGroup } from '../../../shared/domain/stakeholder';

/** A stakeholder group as the reader should see it: standard groups translated, custom ones as typed. */
export function useGroupLabel(): (group: string) => string {
  const { t } = useTranslation();
  return (group) => (isStandardGroup(group) ? t(`groups.${group}`) : group);
}
