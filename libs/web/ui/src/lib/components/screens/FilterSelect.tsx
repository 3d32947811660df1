export interface FilterSelectOption {
  value: string;
  label: string;
}

export interface FilterSelectProps {
  id: string;
  label: string;
  /** The chosen value; '' is the "any" choice. */
  value: string;
  /** The label of the first, empty choice (e.g. "Any department"). */
  anyLabel: string;
  options: readonly FilterSelectOption[];
  /** Called with the chosen value; '' for the "any" choice. */
  onChange: (value: string) => void;
}

/** A labelled drop-down of a list page's filter form, its first choice being "any". */
export function FilterSelect({ id, label, value, anyLabel, options, onChange }: FilterSelectProps) {
  return (
    <div className="form-field">
      <label htmlFor={id} className="form-field__label">
        {label}
      </label>
      <select
        id={id}
        className="form-field__input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
