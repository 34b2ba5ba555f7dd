import { defineNamespace } from '../define.ts';

/** The activity editor's retention section: one rule for every data category, and what a new rule was applied to. */
export const activityRetention = defineNamespace(
  {
    applyAllLabel: 'Piemērot vienu noteikumu visām šīs darbības datu kategorijām',
    applyAll: 'Piemērot visām',
    applied: 'Glabāšanas noteikums “{{name}}” piemērots visām datu kategorijām. Saglabājiet darbību.',
    createdApplied_zero: 'Glabāšanas noteikums izveidots. Visām datu kategorijām noteikums jau bija norādīts; izvēlieties to pie kategorijas vai piemērojiet visām.',
    createdApplied_one: 'Glabāšanas noteikums izveidots un piemērots {{count}} datu kategorijai, kurai noteikuma nebija. Saglabājiet darbību.',
    createdApplied_other: 'Glabāšanas noteikums izveidots un piemērots {{count}} datu kategorijām, kurām noteikuma nebija. Saglabājiet darbību.',
  },
  {
    applyAllLabel: 'Apply one rule to every data category of this activity',
    applyAll: 'Apply to all',
    applied: 'Retention rule “{{name}}” applied to every data category. Save the activity.',
    createdApplied_zero: 'Retention rule created. Every data category already had a rule; choose it for a category or apply it to all.',
    createdApplied_one: 'Retention rule created and applied to the {{count}} data category that had none. Save the activity.',
    createdApplied_other: 'Retention rule created and applied to the {{count}} data categories that had none. Save the activity.',
  },
);
