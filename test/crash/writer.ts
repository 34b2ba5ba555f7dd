// The process the crash test kills: opens a register through the real
// openRegister and saves changes as fast as it can, forever: new activities
// (some with 20,000-character texts), edits of earlier ones, new processors,
// and whole-register imports (export, add an activity, import with replace).
// After each committed transaction it prints "saved <kind> <id> <revision>";
// a line is printed only once the commit has returned, so every line is a
// promise the register must keep after a SIGKILL.
//
//   node test/crash/writer.ts FILE SEED
import { randomUUID } from 'node:crypto';
import { getActivity, saveActivity } from '../../main/db/repositories/activity-repository.ts';
import { listOrganisations } from '../../main/db/repositories/organisation-repository.ts';
import { saveProcessor } from '../../main/db/repositories/processor-repository.ts';
import { backupBeforeImport } from '../../main/services/backups.ts';
import { exportRegister, importRegisterDocument, parseRegisterDocument, serialiseRegister } from '../../main/services/json-exchange.ts';
import { openRegister } from '../../main/services/register-files.ts';
import { ActivityInput, emptyActivity } from '../../shared/domain/activity.ts';
import { ProcessorInput } from '../../shared/domain/processor.ts';

const [path, seedText] = process.argv.slice(2);
if (!path || !seedText) throw new Error('usage: writer.ts FILE SEED');

/** mulberry32: a small seeded generator, so a failing run can be repeated. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = generator(Number(seedText));
const session = await openRegister(path, { now: () => new Date() });
// A tiny page cache makes large transactions (imports, 20,000-character texts)
// spill pages into the register file before they commit: a kill then leaves
// the file itself half-changed, and only the rollback journal can undo it.
session.connection.sqlite.pragma('cache_size = 64');
const say = (line: string) => process.stdout.write(`${line}\n`);
say(`ready ${session.readOnly}`);

const [organisation] = await listOrganisations(session.db);
if (!organisation) throw new Error('the register needs an organisation');
const mine: string[] = (await session.db.selectFrom('activity').select('id').execute()).map((row) => row.id);
const today = new Date().toISOString().slice(0, 10);

function newActivity(): ActivityInput {
  const big = random() < 0.2;
  return {
    ...emptyActivity(organisation!.id, today),
    number: `K-${randomUUID().slice(0, 8)}`,
    name: `Avārijas tests ${Math.floor(random() * 1e6)} — ūdens, ēka, 🚒`,
    description: big ? 'ā'.repeat(20_000) : 'Apraksts',
    notes: big ? 'ž'.repeat(20_000) : '',
  };
}

for (;;) {
  const pick = random();
  if (pick < 0.5 || mine.length === 0) {
    const saved = await session.write((trx) => saveActivity(trx, ActivityInput.parse(newActivity()), session.ctx));
    mine.push(saved.id);
    say(`saved activity ${saved.id} ${saved.revision}`);
  } else if (pick < 0.75) {
    const id = mine[Math.floor(random() * mine.length)]!;
    const saved = await session.write(async (trx) => {
      const current = await getActivity(trx, id);
      const { id: _i, createdAt: _c, updatedAt: _u, ...fields } = current;
      return saveActivity(trx, ActivityInput.parse({ ...fields, id, notes: `labots ${random()}` }), session.ctx);
    });
    say(`saved activity ${saved.id} ${saved.revision}`);
  } else if (pick < 0.93) {
    const saved = await session.write((trx) =>
      saveProcessor(
        trx,
        ProcessorInput.parse({
          name: `SIA Apstrādātājs ${Math.floor(random() * 1e6)}`, regNo: '', countryId: 'LV', address: '', contact: '', role: 'processor',
          service: 'IT', contractDate: null, contractReference: '', contractExpiry: null, dataLocation: '', transferMechanismId: null,
          dpfCertified: false, dpfCheckedOn: null, subProcessorIds: [], subProcessorNotes: '', lastReviewedOn: null, notes: '',
        }),
        session.ctx,
      ),
    );
    say(`saved processor ${saved.id} ${saved.revision}`);
  } else {
    // An import replaces everything in one large transaction; every record keeps its id and revision.
    const document = await exportRegister(session.db);
    const added = { ...ActivityInput.parse(newActivity()), id: randomUUID(), revision: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
    const checked = parseRegisterDocument(serialiseRegister({ ...document, activities: [...document.activities, added as never] }));
    await backupBeforeImport(session);
    await session.write((trx) => importRegisterDocument(trx, checked, session.ctx, { replace: true }));
    mine.push(added.id);
    say(`saved activity ${added.id} 1`);
  }
}
