import { t } from '../../utils/i18n';
import { RATINGS } from '../../utils/ratings';
import { ChoiceGroup } from './ChoiceGroup';

const CHOICES = RATINGS.map((n) => ({ value: String(n), label: String(n) }));

/** Discomfort 0–10 as eleven radio buttons: keyboard and pointer both work, none preselected. */
export function RatingScale(props: {
  name: string;
  legend: string;
  value: string | undefined;
  error?: string;
  onChange: (value: string) => void;
}) {
  return <ChoiceGroup {...props} hint={t('ratingScaleHint')} choices={CHOICES} compact />;
}
