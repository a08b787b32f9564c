// core keeps its shared fixture beside its tests, not in its public API. Reusing it rather
// than a copy keeps the exporters tested on exactly the instrument core itself is tested on.
// eslint-disable-next-line @nx/enforce-module-boundaries
export { smallInstrument } from '../../core/test/small-instrument.js';
