// Imported first by the worker, so that it runs before any module that parses with zod is evaluated:
// the page's Content-Security-Policy forbids eval, and zod's probe for it would be a logged violation.
import { disableRuntimeCodeGeneration } from '@dh/core';

disableRuntimeCodeGeneration();
