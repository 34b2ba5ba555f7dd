/**
 * Counting a user's steps through the interface, for the issue 14 measure:
 * every click (a button, a checkbox that changes, a choice in a list) and
 * every field typed is one step. Navigation the user would make counts too;
 * waiting does not. A checkbox already as wanted costs nothing.
 */
import type { Locator } from 'playwright-core';

export class StepCounter {
  clicks = 0;
  typed = 0;

  get total(): number {
    return this.clicks + this.typed;
  }

  async click(target: Locator): Promise<void> {
    this.clicks += 1;
    await target.click();
  }

  async fill(target: Locator, text: string): Promise<void> {
    this.typed += 1;
    await target.fill(text);
  }

  async select(target: Locator, option: Parameters<Locator['selectOption']>[0]): Promise<void> {
    this.clicks += 1;
    await target.selectOption(option);
  }

  /** Ticks or unticks; a step only when the box changes. */
  async setChecked(target: Locator, wanted: boolean): Promise<void> {
    if ((await target.isChecked()) === wanted) return;
    this.clicks += 1;
    await target.setChecked(wanted);
  }

  describe(): string {
    return `${this.total} steps (${this.clicks} clicks, ${this.typed} fields typed)`;
  }
}
