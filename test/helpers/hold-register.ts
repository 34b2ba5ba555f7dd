// A second instance for the lock tests: opens a register through the real
// openRegister, prints "ready <readOnly>", and keeps it open until stdin closes.
import { openRegister } from '../../main/services/register-files.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: hold-register.ts FILE');
const session = await openRegister(path, { now: () => new Date(), backups: { daily: false } });
process.stdout.write(`ready ${session.readOnly}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void session.close().then(() => process.exit(0));
});
