/** The register's own facts, kept in the `meta` table (main/db/register-meta.ts, where the database layer writes them too). */
export { readMeta, readRegisterInfo, writeRegisterInfo, changeRegisterInfo } from '../db/register-meta.ts';
