/** Browser mode's file choice as the user makes it: the workspace's list in a dialog. */
import type { Page } from 'playwright-core';

/** Chooses `fileName` in the open file choice dialog (Latvian interface) and waits for it to close. */
export async function chooseWorkspaceFile(page: Page, fileName: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: /^Izvēlieties failu/ });
  await dialog.getByRole('button', { name: `Izvēlēties ${fileName}`, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}
