// Excel workbooks are read by exceljs's streaming reader, which needs Node.js streams and files;
// the page reads CSV, JSON and NDJSON. Reaching a workbook's rows here stops with this message.
const refuse = () => {
  throw Object.assign(new Error('Excel workbooks cannot be read in this page: save each sheet as "CSV UTF-8" and check the CSV files, or run dh validate'), {
    code: 'ENOTSUP',
  });
};
module.exports = new Proxy({}, { get: (_target, property) => (property === '__esModule' || typeof property === 'symbol' ? undefined : refuse()) });
