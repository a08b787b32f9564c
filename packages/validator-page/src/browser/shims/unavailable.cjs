// Any other Node built-in the bundled packages import (for their command-line uses): every
// property is a function that says it is not available here, if the page ever reached it.
const name = 'this Node.js module';
module.exports = new Proxy(
  {},
  {
    get(_target, property) {
      if (property === '__esModule' || typeof property === 'symbol') return undefined;
      return () => {
        throw Object.assign(new Error(`${name}'s ${String(property)} is not available in the offline validator page`), { code: 'ENOTSUP' });
      };
    },
  },
);
