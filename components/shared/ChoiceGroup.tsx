import type { ComponentChildren } from 'preact';

export interface Choice {
  value: string;
  label: string;
}

/**
 * A required single choice as native radio buttons (arrow keys move between them), with no
 * value preselected: the user's answer is never guessed for them.
 */
export function ChoiceGroup({
  name,
  legend,
  hint,
  choices,
  value,
  error,
  onChange,
  compact = false,
}: {
  name: string;
  legend: string;
  hint?: ComponentChildren;
  choices: readonly Choice[];
  value: string | undefined;
  error?: string;
  onChange: (value: string) => void;
  compact?: boolean;
}) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      class="stack-tight"
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      data-group={name}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <div class={compact ? 'choices choices--scale' : 'choices'}>
        {choices.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} class="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
