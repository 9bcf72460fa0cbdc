// Spanish: the resources module.
import type { resources as en } from '../en/resources';

export const resources: Record<keyof typeof en, string> = {
  'resources.title': 'Recursos',
};
