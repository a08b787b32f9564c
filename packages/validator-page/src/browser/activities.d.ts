// The activity packages this package depends on, gathered by scripts/bundle.mjs when it compiles the worker.
declare module 'dh:activities' {
  import type { ActivityDefinition } from '@dh/core';
  export const activities: readonly ActivityDefinition[];
}

// exceljs's streaming workbook reader, which the shim hands to the readers as exceljs.stream.xlsx.WorkbookReader.
declare module 'exceljs/lib/stream/xlsx/workbook-reader.js' {
  const WorkbookReader: unknown;
  export default WorkbookReader;
}
