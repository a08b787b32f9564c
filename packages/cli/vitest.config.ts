import { availableParallelism } from 'node:os';
import { defineDhVitestConfig } from '../../vitest.shared.js';

// These tests mostly wait on a dh process they started, which does the work: with vitest's
// default of one worker per core less one, a two-core machine would run them one file at a
// time and leave a core idle.
export default defineDhVitestConfig(import.meta.dirname, { maxWorkers: Math.max(2, availableParallelism()) });
