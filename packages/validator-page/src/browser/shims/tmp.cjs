// The temp-file package exceljs's workbook reader loads: the readers never let it spill a sheet to
// disk (see xlsx-sheet-rows in @dh/validate), and a page has no disk, so asking for a file fails.
module.exports = {
  setGracefulCleanup() {},
  file(_options, callback) {
    callback(Object.assign(new Error('temp files are not available in the offline validator page'), { code: 'ENOTSUP' }));
  },
};
