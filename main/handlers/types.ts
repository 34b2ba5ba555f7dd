import type { z } from 'zod';
import type { Channel, Contract } from '../../shared/contract/index.ts';
import type { AppContext } from '../services/app-context.ts';

/** A handler gets the validated input and the app state, and returns the output (or throws AppError). */
export type Handler<C extends Channel> = (
  input: z.output<Contract[C]['input']>,
  app: AppContext,
) => Promise<z.input<Contract[C]['output']>>;

export type HandlerMap<K extends Channel> = { [C in K]: Handler<C> };
