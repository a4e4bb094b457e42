const SHEET_ID = '17r_qyNGk1UjZ-Nwce1o5HOOgv9fcoJNn556_10gU59b';
const OPENWEATHER_KEY = 'b5d4753fe4a1a78064c825101182f2c3';

function pull() {
  const res = UrlFetchApp.fetch('https://api.airtable.com/v0/appPl4Tce6sc9yWRz/Orders', {
    headers: { Authorization: 'Bearer patbHADtD7aVG0uvZ.efe561017c328e98be7df97e1aa1854dd691a147b2ce033e4b5b158f93796892' },
  });
  SpreadsheetApp.openById(SHEET_ID).getSheetByName('raw').appendRow([res.getContentText()]);
}
