// `node scripts/bench/notice.ts [--activities 50] [--runs 5]`
//
// Time to generate a privacy notice for an audience of N activities (50 by
// default): a register of generated activities (scripts/bench/register-generator.ts)
// in which exactly N current controller activities of one organisation
// concern the audience, then the median of several runs of each step after
// one untimed warm-up: scope, check and text (shared/notice), and writing
// HTML, DOCX and PDF (main/notice). Prints one table; no assertion.
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { createRegisterFile } from '../../main/db/connection.ts';
import { writeNotice } from '../../main/notice/notice-service.ts';
import { exportRegister } from '../../main/services/json-exchange.ts';
import type { RegisterDocument } from '../../shared/domain/register.ts';
import { checkNotice } from '../../shared/notice/check.ts';
import { composeNotice } from '../../shared/notice/compose.ts';
import { noticeScope } from '../../shared/notice/scope.ts';
import { defaultNoticeSettings } from '../../shared/notice/settings.ts';
import { findingMessage } from '../../shared/rules/messages.ts';
import { generateRegister } from './register-generator.ts';

const AUDIENCE = 'ds-customers';
const { values } = parseArgs({ options: { activities: { type: 'string', default: '50' }, runs: { type: 'string', default: '5' } } });
const wanted = Number(values.activities);
const runs = Number(values.runs);

async function baseDocument(): Promise<RegisterDocument> {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-bench-notice-'));
  try {
    const connection = await createRegisterFile(join(dir, 'base.ropa'), { now: () => new Date('2026-11-21T10:00:00.000Z') });
    const document = await exportRegister(connection.db);
    await connection.close();
    return document;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A generated register in which exactly `wanted` current controller activities of the first organisation concern the audience. */
function registerFor(base: RegisterDocument): { document: RegisterDocument; organisationId: string } {
  const document = generateRegister(base, wanted * 4);
  const organisationId = document.organisations[0]!.id;
  let inScope = 0;
  const activities = document.activities.map((activity) => {
    const others = activity.dataSubjectCategoryIds.filter((id) => id !== AUDIENCE);
    const eligible = activity.organisationId === organisationId && activity.kind === 'controller' && activity.status !== 'ended';
    if (eligible && inScope < wanted) {
      inScope += 1;
      return { ...activity, dataSubjectCategoryIds: [AUDIENCE, ...others] };
    }
    return { ...activity, dataSubjectCategoryIds: others.length > 0 ? others : ['ds-employees'] };
  });
  if (inScope < wanted) throw new Error(`only ${inScope} activities could concern the audience`);
  return { document: { ...document, activities }, organisationId };
}

async function median(work: () => Promise<unknown> | unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const { document, organisationId } = registerFor(await baseDocument());
const settings = defaultNoticeSettings(organisationId, [AUDIENCE]);
const text = () => {
  const scope = noticeScope(document, settings)!;
  const missing = checkNotice(document, scope).map((f) => findingMessage(f, 'lv'));
  return composeNotice(document, scope, settings, { lang: 'lv', date: '2026-12-04', version: 1, missing });
};
const notice = text();
const rows: Array<[string, number]> = [
  ['scope, check and text', await median(text)],
  ['HTML', await median(() => writeNotice(notice, 'html'))],
  ['DOCX', await median(() => writeNotice(notice, 'docx'))],
  ['PDF', await median(() => writeNotice(notice, 'pdf'))],
];
const sizes = { html: (await writeNotice(notice, 'html')).byteLength, docx: (await writeNotice(notice, 'docx')).byteLength, pdf: (await writeNotice(notice, 'pdf')).byteLength };
console.log(`privacy notice for ${noticeScope(document, settings)!.activities.length} activities (register of ${document.activities.length}), median of ${runs} runs after a warm-up`);
for (const [step, ms] of rows) console.log(`  ${step.padEnd(24)} ${ms.toFixed(1).padStart(8)} ms`);
console.log(`  ${'sizes'.padEnd(24)} HTML ${(sizes.html / 1024).toFixed(0)} KiB, DOCX ${(sizes.docx / 1024).toFixed(0)} KiB, PDF ${(sizes.pdf / 1024).toFixed(0)} KiB`);
