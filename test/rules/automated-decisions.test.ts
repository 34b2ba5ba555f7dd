import { describe } from 'vitest';
import { activity, register, ruleCases, useCatalogues } from './helpers.ts';

useCatalogues();

const scoring = {
  automatedDecision: true,
  automatedDecisionLegalEffect: true,
  automatedDecisionLogic: 'Kredītspējas punktu skala; atteikums, ja mazāk par 40 punktiem',
  art22Basis: 'contract' as const,
  dpiaCriteria: ['automated_decision' as const],
};

describe('automated decisions (Art. 22)', () => {
  ruleCases([
    {
      rule: 'automated-decision.no-art22-basis',
      when: 'decisions with legal effect are made automatically with no Art. 22(2) basis',
      trigger: () => register({ activities: [activity({ ...scoring, art22Basis: null })] }),
      expected: ['act-1: art22Basis'],
      mentions: { lv: ['22. panta 2. punkta'], en: ['Art. 22(2)'] },
      notWhen: 'the decisions are automated but have no legal or similar effect',
      nearMiss: () => register({ activities: [activity({ ...scoring, art22Basis: null, automatedDecisionLegalEffect: false, dpiaCriteria: [] })] }),
    },
    {
      rule: 'automated-decision.logic-missing',
      when: 'the logic of such decisions is not described',
      trigger: () => register({ activities: [activity({ ...scoring, automatedDecisionLogic: '' })] }),
      expected: ['act-1: automatedDecisionLogic'],
      notWhen: 'there are no automated decisions at all',
      nearMiss: () => register({ activities: [activity({ automatedDecisionLogic: '' })] }),
    },
  ]);
});
