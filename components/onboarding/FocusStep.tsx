import { CATEGORY_IDS, type CategoryId } from '../../utils/catalogue/types';
import { t } from '../../utils/i18n';
import { categoryLabel } from '../shared/labels';

/** Tick the areas that matter now; none ticked means asks from all of them. */
export function FocusStep({
  focus,
  onChange,
}: {
  focus: ReadonlySet<CategoryId>;
  onChange: (next: ReadonlySet<CategoryId>) => void;
}) {
  return (
    <fieldset class="stack-tight" aria-describedby="onboarding-focus-hint">
      <legend class="visually-hidden">{t('optionsFocusLegend')}</legend>
      <p id="onboarding-focus-hint">{t('onboardingFocusText')}</p>
      <div class="focus-grid">
        {CATEGORY_IDS.map((id) => (
          <label class="checkbox" key={id}>
            <input
              type="checkbox"
              name="focus"
              value={id}
              checked={focus.has(id)}
              onChange={(event) => {
                const next = new Set(focus);
                if (event.currentTarget.checked) next.add(id);
                else next.delete(id);
                onChange(next);
              }}
            />
            <span>{categoryLabel(id)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
