const SHEET_ID = '17DcQ53CftR0GPk3b9h_CumwZe6AWfrmy_JdOX_yvHxp';
const OPENWEATHER_KEY = '6ef2611ce88ee40f28ca6cd837078f57';

function pull() {
  const res = UrlFetchApp.fetch('https://api.airtable.com/v0/appxShqub0DR1RUD3/Orders', {
    headers: { Authorization: 'Bearer pat9vin7n9eqfeTmx.34ee77b2120c110b1de1b4b8d43b45a8b7e39bf8e61dee0ac0f472a05fc0d585' },
  });
  SpreadsheetApp.openById(SHEET_ID).getSheetByName('raw').appendRow([res.getContentText()]);
}
