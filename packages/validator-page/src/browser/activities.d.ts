// The activity packages this package depends on, gathered by scripts/bundle.mjs when it compiles the worker.
declare module 'dh:activities' {
  import type { ActivityDefinition } from '@dh/core';
  export const activities: readonly ActivityDefinition[];
}
