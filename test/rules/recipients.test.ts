import { describe } from 'vitest';
import { activity, register, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

const to = (...ids: string[]) => ids.map((recipientCategoryId) => ({ recipientCategoryId, notes: '' }));

describe('recipients named only as categories (the overview’s nudge)', () => {
  ruleCases([
    {
      rule: 'recipient.only-categories',
      when: 'an activity discloses to processors and couriers, named only as categories, and names no processor',
      trigger: () => register({ activities: [activity({ recipients: to('rc-processors', 'rc-couriers'), processors: [] })] }),
      expected: ['act-1: processors'],
      mentions: { lv: ['PD-01', 'tikai kā kategorijas', '28. panta 3. punkts'], en: ['PD-01', 'only as categories', 'Art. 28(3)'] },
      notWhen: 'the activity names its processor, or its recipients are all inside the organisation or authorities',
      nearMiss: () =>
        register({
          activities: [
            activity({ recipients: to('rc-processors') }),
            activity({ id: 'act-2', number: 'PD-02', recipients: to('rc-hr', 'rc-management', 'rc-vid'), processors: [] }),
          ],
        }),
    },
  ]);
});
