import { useId } from 'react';

/** An on/off setting: a button with role="switch", its visible label and description tied to it. */
export function Switch({ label, description, checked, onChange }: { label: string; description?: string; checked: boolean; onChange(v: boolean): void }) {
  const id = useId();
  return (
    <div className="switch-row">
      <div className="switch-text">
        <span id={`${id}l`} className="switch-label">
          {label}
        </span>
        {description && (
          <span id={`${id}d`} className="switch-desc">
            {description}
          </span>
        )}
      </div>
      <button
        type="button"
        role="switch"
        className="switch"
        aria-checked={checked}
        aria-labelledby={`${id}l`}
        aria-describedby={description ? `${id}d` : undefined}
        onClick={() => onChange(!checked)}
      />
    </div>
  );
}
