const SHEET_ID = '1IeUZd7r_qyNGk1UjZ-Nwce1o5HOOgv9fcoJNn556_10';
const OPENWEATHER_KEY = '1bef0b5d4753fe4a1a78064c82510118';

function pull() {
  const res = UrlFetchApp.fetch('https://api.airtable.com/v0/appUWsDqwPl4Tce6s/Orders', {
    headers: { Authorization: 'Bearer patc9yWRzbHADtD7a.aaefe561017c328e98be7df97e1aa1854dd691a147b2ce033e4b5b158f937968' },
  });
  SpreadsheetApp.openById(SHEET_ID).getSheetByName('raw').appendRow([res.getContentText()]);
}
