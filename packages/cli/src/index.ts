export { buildProgram, main } from './program.js';
export { UserError, EXIT } from './user-error.js';
export { loadActivities, findActivity } from './activities.js';
