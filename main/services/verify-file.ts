/**
 * `ropa verify` on a file: opened read-only, verified, closed. Plain
 * arguments and a plain answer, so that it can run in the deadline's child
 * process (file-deadline.ts): a file from elsewhere is verified under the
 * statement-time backstop.
 */
import { openRegister } from './register-files.ts';
import { verifyRegister, type RegisterVerdict } from './verify-register.ts';

/** The verdict on the register at `path` (`fingerprint` as printed, if given); `now` as an ISO instant. */
export async function verifyRegisterFile(path: string, fingerprint: string | undefined, now: string): Promise<RegisterVerdict> {
  const session = await openRegister(path, { now: () => new Date(now), readOnly: true });
  try {
    return await verifyRegister(session.db, fingerprint);
  } finally {
    await session.close();
  }
}
