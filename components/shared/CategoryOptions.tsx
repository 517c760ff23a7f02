import { CATEGORY_IDS } from '../../utils/catalogue/types';
import { categoryLabel } from './labels';

/** <option>s for every ask category, for any category <select>. */
export function CategoryOptions() {
  return (
    <>
      {CATEGORY_IDS.map((id) => (
        <option key={id} value={id}>
          {categoryLabel(id)}
        </option>
      ))}
    </>
  );
}
