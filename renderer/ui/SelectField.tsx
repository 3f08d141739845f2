/** A labelled select over a fixed list of values, each shown with its translated label. */
export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange(value: T): void;
  /** `inline-label`: label and select on one line (toolbars, filters). */
  className?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, className }: Props<T>) {
  return (
    <label className={className}>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
