/**
 * Each record kind whose table is described once (record-columns.ts) keeps
 * every field through a save and a load: yes/no fields in both states, JSON
 * lists, link sets in order, a period given as typed. A field the
 * description mapped to the wrong column or converted the wrong way would
 * come back changed here.
 */
import { describe, expect, it } from 'vitest';
import { getBreach, saveBreach } from '../../main/db/repositories/breach-repository.ts';
import { getOrganisation, saveOrganisation } from '../../main/db/repositories/organisation-repository.ts';
import { getProcessor, saveProcessor } from '../../main/db/repositories/processor-repository.ts';
import { getRetentionRule, saveRetentionRule } from '../../main/db/repositories/retention-repository.ts';
import { getSubjectRequest, saveSubjectRequest } from '../../main/db/repositories/subject-request-repository.ts';
import { emptyOrganisation } from '../../shared/domain/organisation.ts';
import { ProcessorInput } from '../../shared/domain/processor.ts';
import { RetentionRuleInput } from '../../shared/domain/retention.ts';
import { useBackends } from '../helpers/backends.ts';
import { breachInput, requestInput } from '../helpers/dpo-records.ts';
import { processorInput, ruleInput, smallRegisterOn } from '../helpers/registers.ts';

const backends = useBackends();

describe.each(backends)('records described once, on $name', (backend) => {
  it('come back from a save exactly as given, for both states of every yes/no field', async () => {
    const { connection, ctx, organisation, processor: first } = await smallRegisterOn(backend.create);
    const db = connection.db;
    for (const flag of [true, false]) {
      const organisationFields = { ...emptyOrganisation(`SIA Pārzinis ${flag}`), roles: ['controller', 'processor'] as const, dpoEmail: 'dpo@example.lv', largeScaleThreshold: 2500 };
      const processorFields = ProcessorInput.parse(processorInput({ name: `SIA Mākoņserviss ${flag}`, dpfCertified: flag, dpfCheckedOn: '2026-11-30', subProcessorIds: [first.id], notes: 'Līgums 2026/7' }));
      const ruleFields = RetentionRuleInput.parse(ruleInput({ name: `Videoieraksti ${flag}`, periodState: 'not_parsed', periodText: 'kamēr vajadzīgs', backupsCovered: flag, owner: 'IT nodaļa' }));
      const breachFields = breachInput(organisation.id, { number: `IN-${flag}`, attachments: ['DVI-2026-01.pdf', 'žurnāls.txt'], activityIds: [], processorIds: [first.id] });
      const requestFields = requestInput(organisation.id, { number: `DS-${flag}`, complaintNoticeGiven: flag, extensionMonths: 2, extensionReasons: 'Sarežģīts pieprasījums' });
      const saved = await db.transaction().execute(async (trx) => ({
        organisation: await saveOrganisation(trx, { ...organisationFields, roles: [...organisationFields.roles] }, ctx),
        processor: await saveProcessor(trx, processorFields, ctx),
        rule: await saveRetentionRule(trx, ruleFields, ctx),
        breach: await saveBreach(trx, breachFields, ctx),
        request: await saveSubjectRequest(trx, requestFields, ctx),
      }));
      expect(await getOrganisation(db, saved.organisation.id)).toEqual({ ...saved.organisation, ...organisationFields, roles: ['controller', 'processor'] });
      expect(await getProcessor(db, saved.processor.id)).toEqual({ ...saved.processor, ...processorFields });
      expect(await getRetentionRule(db, saved.rule.id)).toEqual({ ...saved.rule, ...ruleFields });
      expect(await getBreach(db, saved.breach.id)).toEqual({ ...saved.breach, ...breachFields });
      expect(await getSubjectRequest(db, saved.request.id)).toEqual({ ...saved.request, ...requestFields });
      expect([saved.processor.dpfCertified, saved.rule.backupsCovered, saved.request.complaintNoticeGiven]).toEqual([flag, flag, flag]);
      expect(saved.breach.attachments).toEqual(['DVI-2026-01.pdf', 'žurnāls.txt']);
    }
    await connection.close();
  });
});
