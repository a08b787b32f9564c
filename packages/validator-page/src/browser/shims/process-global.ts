// Node's global `process` (nextTick, env), which the stream packages the workbook reader uses rely on.
import process from 'process';

export { process };
