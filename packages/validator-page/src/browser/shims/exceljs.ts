// The one part of exceljs the readers use: its streaming workbook reader (the rest of exceljs
// writes workbooks, which the page never does).
import WorkbookReader from 'exceljs/lib/stream/xlsx/workbook-reader.js';

export default { stream: { xlsx: { WorkbookReader } } };
