import { CATEGORY_IDS, type CategoryId, NEED_IDS, type NeedId } from '../../utils/catalogue/types';
import { t } from '../../utils/i18n';
import { categoryLabel, needLabel } from '../shared/labels';
import { TickList } from '../shared/TickList';

/**
 * Tick the areas that matter now (none ticked means asks from all of them), and what fits the
 * person's life (nothing ticked and never said: every ask, as before).
 */
export function FocusStep({
  focus,
  onChange,
  needs,
  onNeedsChange,
}: {
  focus: ReadonlySet<CategoryId>;
  onChange: (next: ReadonlySet<CategoryId>) => void;
  needs: ReadonlySet<NeedId>;
  onNeedsChange: (next: ReadonlySet<NeedId>) => void;
}) {
  return (
    <>
      <FocusFields focus={focus} onChange={onChange} />
      <fieldset class="stack-tight" aria-describedby="onboarding-life-hint">
        <legend>{t('lifeFit_legend')}</legend>
        <p id="onboarding-life-hint" class="hint">
          {t('lifeFit_hint')}
        </p>
        <div class="focus-grid">
          <TickList ids={NEED_IDS} ticked={needs} label={needLabel} name="needs" onChange={onNeedsChange} />
        </div>
      </fieldset>
    </>
  );
}

function FocusFields({
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
        <TickList ids={CATEGORY_IDS} ticked={focus} label={categoryLabel} name="focus" onChange={onChange} />
      </div>
    </fieldset>
  );
}
