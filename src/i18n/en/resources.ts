// English: the resources module.
export const resources = {
  'resources.title': 'Resources',
} as const;
