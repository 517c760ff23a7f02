import { t } from '../../utils/i18n';

/** The respect pledge, confirmed with an explicit tick before the first card. */
export function PledgeBox({ ticked, onTick }: { ticked: boolean; onTick: (ticked: boolean) => void }) {
  return (
    <div class="stack">
      <p>{t('pledgeIntro')}</p>
      <blockquote class="pledge">{t('onboardingPledge')}</blockquote>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={ticked}
          data-testid="pledge-tick"
          onChange={(event) => onTick(event.currentTarget.checked)}
        />
        <span>{t('pledgeTick')}</span>
      </label>
    </div>
  );
}
