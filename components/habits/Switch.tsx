import { useId } from 'react';

export interface SwitchProps {
  label: string;
  description?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
}

/** An on/off setting: a native button with role="switch", its visible label and description tied to it. */
export function Switch({ label, description, checked, onChange, disabled = false }: SwitchProps) {
  const id = useId();
  return (
    <div className="hb-switch-row">
      <div className="hb-switch-text">
        <span id={`${id}-label`} className="hb-switch-label">
          {label}
        </span>
        {description && (
          <span id={`${id}-desc`} className="hb-switch-desc">
            {description}
          </span>
        )}
      </div>
      <button
        type="button"
        role="switch"
        className="hb-switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-desc` : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span className="hb-switch-thumb" />
      </button>
    </div>
  );
}
