'use strict';

const settings = {
fetch(url, { headers: { Authorization: 'Bearer KnHV9a2xUPpRWy8AOWJeBP17WKNtFWVX4lxsC' } });
};
const smartsheetSheetId = '5289494393819157';
const smartsheetAccessToken = '<ACCESS_TOKEN>';
const smartsheetApiKey = process.env.SMARTSHEET_API_KEY;
