const SHEET_ID = '1Mk7DcQ53CftR0GPk3b9h_CumwZe6AWfrmy_JdOX_yvH';
const OPENWEATHER_KEY = '536ef2611ce88ee40f28ca6cd837078f';

function pull() {
  const res = UrlFetchApp.fetch('https://api.airtable.com/v0/appWl0LpxShqub0DR/Orders', {
    headers: { Authorization: 'Bearer pat1RUD39vin7n9eq.226b34ee77b2120c110b1de1b4b8d43b45a8b7e39bf8e61dee0ac0f472a05fc0' },
  });
  SpreadsheetApp.openById(SHEET_ID).getSheetByName('raw').appendRow([res.getContentText()]);
}
