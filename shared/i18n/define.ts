/**
 * Each namespace keeps its Latvian and English text side by side in one file,
 * so a missing translation is a type error, not a blank label.
 */

/** The shape of a translation tree with every leaf widened to string. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

export interface Namespace<T> {
  lv: T;
  en: Translation<T>;
}

/** Declares a namespace: Latvian first (the app's default), English with exactly the same keys. */
export function defineNamespace<const T extends object>(lv: T, en: Translation<T>): Namespace<T> {
  return { lv, en };
}
