/**
 * react-hook-form over a shared zod schema: the same schema main checks at
 * the boundary validates the form first, with i18n keys as messages
 * (`issueKey`), so errors show next to their fields, in the interface
 * language, before anything is sent.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { issueKey } from '../../../../shared/validation.ts';

export function useZodForm<T extends FieldValues>(schema: z.ZodType, defaultValues: DefaultValues<T>): UseFormReturn<T> {
  return useForm<T>({
    // The schemas' output (trimmed text) is what gets saved.
    resolver: zodResolver(schema as never, { error: issueKey as never }) as never,
    defaultValues,
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
}
