/** Browser mode's file choice: each channel is one call into the workspace (main/web/workspace-dialogs.ts). */
import type { workspaceContract } from '../../shared/contract/workspace.ts';
import { AppError } from '../errors.ts';
import type { AppContext, WorkspacePort } from '../services/app-context.ts';
import type { HandlerMap } from './types.ts';

function workspaceOf(app: AppContext): WorkspacePort {
  if (!app.platform.workspace) throw new AppError('NOT_FOUND', { id: 'workspace' });
  return app.platform.workspace;
}

export const workspaceHandlers: HandlerMap<keyof typeof workspaceContract> = {
  'workspace:files': async ({ kind }, app) => workspaceOf(app).list(kind),
  'workspace:choose': async ({ kind, id }, app) => workspaceOf(app).choose(kind, id),
  'workspace:upload': async ({ kind, fileName, contentBase64 }, app) => workspaceOf(app).upload(kind, fileName, Buffer.from(contentBase64, 'base64')),
};
