/** The history screen's field-by-field view of a change: shared with the register diff and the CLI. */
export { describeValue, fieldChanges, type FieldChange, type ValueWords } from '../../../../shared/versions/record-changes.ts';
