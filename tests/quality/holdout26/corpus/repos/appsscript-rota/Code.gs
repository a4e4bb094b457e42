// Front-of-house rota sheet -> Slack reminders (clasp project)
function sendRota() {
  const props = PropertiesService.getScriptProperties();
  const hook = props.getProperty('SLACK_HOOK') || 'https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX';
  const bot = props.getProperty('SLACK_BOT') || 'xoxb-18529376898-4153493584878-eO6uQ9X1zmxLg6slIqeKtdTU';
  const sheet = SpreadsheetApp.openById('1l2RLTTFZqYh3XHpgl0CsSMjJqz0tzWN1xSHvzZJiHj9');
  UrlFetchApp.fetch('https://slack.com/api/chat.postMessage', {method: 'post', headers: {Authorization: 'Bearer ' + bot}, payload: {channel: '#foh', text: sheet.getName()}});
}
