/**
 * Distinguishes the ids of two forms on one page (a dialog over an editor).
 * Its own module, so the field frame and its help panel can both read it.
 */
import { createContext } from 'react';

export const FieldIdPrefix = createContext('f');
