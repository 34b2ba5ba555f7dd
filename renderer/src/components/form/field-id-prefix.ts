import { createContext } from 'react';

/** Distinguishes the ids of two forms on one page (a dialog over an editor). */
export const FieldIdPrefix = createContext('f');
