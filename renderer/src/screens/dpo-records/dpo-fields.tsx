/** Form controls the breach and request editors share: an instant in local time, a picked set of ids, document references. */
import { useFieldState } from '../../components/form/Field.tsx';
import { ControlledField, ControlledInput, type BaseProps } from '../../components/form/controls.tsx';
import { useArrayValue } from '../../components/form/use-array-value.ts';
import { PickList, type PickOption } from '../../components/PickList.tsx';
import { instantToLocalInput, localInputToInstant } from './dpo-filters.ts';

/** An instant (stored ISO, UTC), typed and shown in local time. */
export function InstantField(props: BaseProps) {
  return (
    <ControlledInput
      {...props}
      input={(field) => ({
        type: 'datetime-local',
        value: instantToLocalInput(field.value as string | null),
        onChange: (event) => field.onChange(localInputToInstant(event.target.value)),
      })}
    />
  );
}

/** A set of ids picked from `options` (activities, processors). */
export function IdsPickField({ name, legend, options, hint }: { name: string; legend: string; options: readonly PickOption[]; hint?: string }) {
  const [ids, setIds, touch] = useArrayValue<string>(name);
  const { a11y, error, errorId } = useFieldState(name);
  return <PickList idBase={a11y.id} legend={legend} options={options} selected={ids} onChange={setIds} onBlur={touch} error={error} errorId={errorId} hint={hint} />;
}

/** A list of short texts edited as lines of a text area (document references). */
export function LinesField(props: Omit<BaseProps, 'required'>) {
  return (
    <ControlledField
      {...props}
      control={(field, a11y) => (
        <textarea
          ref={field.ref}
          rows={3}
          value={((field.value as string[] | undefined) ?? []).join('\n')}
          onChange={(event) => field.onChange(event.target.value === '' ? [] : event.target.value.split('\n'))}
          onBlur={() => {
            field.onChange(((field.value as string[] | undefined) ?? []).map((line) => line.trim()).filter((line) => line !== ''));
            field.onBlur();
          }}
          {...a11y}
        />
      )}
    />
  );
}
