/** Picks a stakeholder group: one of the standard groups, or a custom one typed by the team. */
import { useTranslation } from 'react-i18next';
import { standardGroups } from '../../../shared/domain/stakeholder';
import { ChoiceField } from './ChoiceField';

interface Props {
  label: string;
  value: string;
  onChange(group: string): void;
  /** The text of an empty first option ("Choose a group…"); without it a group is always chosen. */
  emptyOption?: string;
}

export function GroupField(props: Props) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      {...props}
      choices={standardGroups.map((g) => ({ value: g, label: t(`groups.${g}`) }))}
      otherLabel={t('stakeholderForm.otherGroup')}
      customLabel={t('stakeholderForm.customGroup')}
    />
  );
}
