/** The review period "mark as reviewed" offers and accepts (pure, tested under Node). */
import { MAX_REVIEW_CADENCE_MONTHS } from '../../../../shared/rules/reviews.ts';

/** The periods offered as choices, in months; any other from 1 to 60 can be typed. */
export const CADENCE_CHOICES = [3, 6, 12, 24] as const;

/** Months as typed: a whole number from 1 to 60, or null. */
export function parseCadence(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const months = Number(trimmed);
  return months >= 1 && months <= MAX_REVIEW_CADENCE_MONTHS ? months : null;
}
