// Node's global `Buffer`, which the readers use, from the `buffer` package.
export { Buffer } from 'buffer';
