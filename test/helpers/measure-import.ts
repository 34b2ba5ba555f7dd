/**
 * Run as its own process (`node test/helpers/measure-import.ts FILE`): reads
 * a workbook as the importer does and prints what happened, how long it
 * took and the process's peak memory, so a test can bound both without its
 * own memory in the figure.
 */
import { readImportWorkbook, readWorkbookFile } from '../../main/xlsx/import-workbook.ts';

const file = process.argv[2] as string;
const started = performance.now();
let code = 'OK';
let message = '';
try {
  await readImportWorkbook(readWorkbookFile(file), 'bomb.xlsx', 'en');
} catch (error) {
  code = (error as { code?: string }).code ?? 'THROWN';
  message = error instanceof Error ? error.message : String(error);
}
const ms = Math.round(performance.now() - started);
const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify({ code, message, ms, peakMb }));
