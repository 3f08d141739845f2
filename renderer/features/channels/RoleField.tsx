/** Picks the role that owns a channel or a checklist step: none, a standard crisis role, or a custom one. */
import { useTranslation } from 'react-i18next';
import { standardRoles } from '../../../shared/domain/member';
import { ChoiceField } from '../stakeholders/ChoiceField';

interface Props {
  label: string;
  value: string;
  onChange(role: string): void;
}

export function RoleField(props: Props) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      {...props}
      choices={standardRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      emptyOption={t('channels.noRole')}
      otherLabel={t('channels.otherRole')}
      customLabel={t('channels.customRole')}
    />
  );
}
