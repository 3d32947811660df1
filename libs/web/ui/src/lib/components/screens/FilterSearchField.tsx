export interface FilterSearchFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Extra class names for the field's wrapper. */
  className?: string;
}

/** The labelled search box of a list page's filter form. */
export function FilterSearchField({
  id,
  label,
  value,
  onChange,
  className,
}: FilterSearchFieldProps) {
  return (
    <div className={className ? `form-field ${className}` : 'form-field'}>
      <label htmlFor={id} className="form-field__label">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="form-field__input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
