import { describe } from 'vitest';
import { activity, register, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

describe('reviews', () => {
  ruleCases([
    {
      rule: 'review.overdue',
      when: 'the next review date was yesterday',
      trigger: () => register({ activities: [activity({ lastReviewedOn: '2026-03-14', nextReviewOn: '2027-03-14' })] }),
      expected: ['act-1: nextReviewOn'],
      mentions: { lv: ['14.03.2027', '14.03.2026'], en: ['14.03.2027', '14.03.2026'] },
      notWhen: 'it is due today',
      nearMiss: () => register({ activities: [activity({ lastReviewedOn: '2026-03-15', nextReviewOn: '2027-03-15' })] }),
    },
    {
      rule: 'review.overdue',
      when: 'checked a year after the last review, on the same register',
      trigger: () => register(),
      today: '2028-01-11',
      expected: ['act-1: nextReviewOn'],
      notWhen: 'the activity has ended',
      nearMiss: () => register({ activities: [activity({ status: 'ended', endedOn: '2027-02-01' })] }),
    },
    {
      rule: 'review.never',
      when: 'an active activity has never been reviewed',
      trigger: () => register({ activities: [activity({ lastReviewedOn: null, reviewedBy: '', nextReviewOn: null })] }),
      expected: ['act-1: lastReviewedOn'],
      notWhen: 'it is a draft (not in use yet)',
      nearMiss: () => register({ activities: [activity({ status: 'draft', lastReviewedOn: null, reviewedBy: '', nextReviewOn: null })] }),
    },
    {
      rule: 'review.not-scheduled',
      when: 'it was reviewed but no next review is planned',
      trigger: () => register({ activities: [activity({ nextReviewOn: null })] }),
      expected: ['act-1: nextReviewOn'],
      notWhen: 'the next review is planned',
      nearMiss: () => register(),
    },
  ]);
});
