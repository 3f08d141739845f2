/** The kind of a channel (website, X, press list, …), translated. */
import { useTranslation } from 'react-i18next';
import { channelKinds, type ChannelKind } from '../../../shared/domain/channel';

interface Props {
  label: string;
  value: ChannelKind;
  onChange(kind: ChannelKind): void;
}

export function ChannelKindField({ label, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as ChannelKind)}>
        {channelKinds.map((k) => (
          <option key={k} value={k}>
            {t(`channelKinds.${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
