import { defineDhVitestConfig } from '../../vitest.shared.js';

export default defineDhVitestConfig(import.meta.dirname);
