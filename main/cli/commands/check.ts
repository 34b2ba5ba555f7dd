import { readRegisterDocument } from '../../services/register-document.ts';
import { openRegister } from '../../services/register-files.ts';
import type { RegisterDocument } from '../../../shared/domain/register.ts';
import { formatDate, isoToday } from '../../../shared/format.ts';
import { translator, type Language } from '../../../shared/i18n/index.ts';
import { hasErrors, runChecks } from '../../../shared/rules/index.ts';
import { translateFindings, type TranslatedFinding } from '../../../shared/rules/messages.ts';
import { countBySeverity } from '../../../shared/rules/summary.ts';
import { firstSteps, type FirstStep } from '../../../shared/rules/first-steps.ts';
import { FINDING_ENTITY_TYPES } from '../../../shared/rules/types.ts';
import { type Command, registerOption } from '../command.ts';

/** The findings as a person reads them: grouped by record (activities, then processors, rules, organisations). */
function humanReport(document: RegisterDocument, findings: TranslatedFinding[], steps: readonly FirstStep[], today: string, lang: Language): string {
  const t = translator(lang);
  const lines = [t('checks:report.title', { date: formatDate(today) }), ''];
  const organisationName = new Map(document.organisations.map((o) => [o.id, o.name]));
  const organisationOf = new Map(document.activities.map((a) => [a.id, organisationName.get(a.organisationId) ?? '']));
  const manyOrganisations = document.organisations.length > 1;
  for (const type of FINDING_ENTITY_TYPES) {
    const ofType = findings.filter((f) => f.entity.type === type);
    if (ofType.length === 0) continue;
    lines.push(t(`checks:entities.${type}`));
    let entity = '';
    for (const finding of ofType) {
      if (finding.entity.id !== entity) {
        entity = finding.entity.id;
        const organisation = type === 'activity' && manyOrganisations ? ` — ${organisationOf.get(entity) ?? ''}` : '';
        lines.push(`  ${finding.entity.label}${organisation}`);
      }
      lines.push(`    [${finding.severityLabel}] ${finding.articleLabel}: ${finding.message} (${t('checks:report.field')}: ${finding.field})`);
    }
    lines.push('');
  }
  if (findings.length === 0 && steps.length === 0) lines.push(t('checks:report.noFindings'));
  // An empty register is not "compliant": it says what to do first.
  if (steps.length > 0) lines.push(`${t('library:firstSteps.title')}: ${t('library:firstSteps.lead')}`, ...steps.map((step, index) => `  ${index + 1}. ${t(`library:firstSteps.${step}`)}`), '');
  lines.push(t('checks:report.totals', countBySeverity(findings)));
  return `${lines.join('\n')}\n`;
}

export const checkCommand: Command = {
  words: ['check'],
  usage: 'ropa check --db FILE [--json]',
  summary: 'cliCommands:check',
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [0, 0],
  async run({ values }, io) {
    const session = await openRegister(registerOption(values, io), { now: io.now, readOnly: true });
    try {
      const document = await readRegisterDocument(session.db);
      const today = isoToday(io.now());
      const raw = runChecks(document, today);
      const findings = translateFindings(raw, io.lang);
      const steps = firstSteps(document);
      if (values.json) io.stdout(`${JSON.stringify({ today, counts: countBySeverity(raw), findings, firstSteps: steps }, null, 2)}\n`);
      else io.stdout(humanReport(document, findings, steps, today, io.lang));
      return hasErrors(raw) || steps.length > 0 ? 1 : 0;
    } finally {
      await session.close();
    }
  },
};
