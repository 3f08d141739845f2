/**
 * A select of standard choices with an "Other…" option that reveals a text field: stakeholder groups and
 * crisis roles are both a standard list that teams extend with their own words.
 */
import { useId, useState } from 'react';

const OTHER = '__other__';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  choices: readonly Choice[];
  /** The option that reveals the text field ("Other group…"). */
  otherLabel: string;
  /** The label of that text field ("Custom group"). */
  customLabel: string;
  /** The text of an empty first option ("No role"); without it a standard choice or custom text is needed. */
  emptyOption?: string;
}

export function ChoiceField({
  label,
  value,
  onChange,
  choices,
  otherLabel,
  customLabel,
  emptyOption,
}: Props) {
  const id = useId();
  const [custom, setCustom] = useState(value !== '' && !choices.some((c) => c.value === value));
  return (
    <div className="stack field-group">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={custom ? OTHER : value}
        onChange={(e) => {
          const next = e.target.value;
          setCustom(next === OTHER);
          onChange(next === OTHER ? '' : next);
        }}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
        <option value={OTHER}>{otherLabel}</option>
      </select>
      {custom && (
        <label>
          {customLabel}
          <input value={value} maxLength={60} onChange={(e) => onChange(e.target.value)} />
        </label>
      )}
    </div>
  );
}
