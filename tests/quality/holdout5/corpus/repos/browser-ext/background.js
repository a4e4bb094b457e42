const TEST_PYPI_TOKEN = "pypi-AgENdGVzdC5weXBpLm9yZwCJoO-IBN9IQruB-MQRiwY9-cFkYkybNhBZ2fo3kPJ4AVqqbu8rbAlqf6bYSORUc-9SHg4079Y9VIt5jN9L_wajcsE0triceWaTRAa49oMJt-9C587XaA8tuKzZDuZG1otvNB5e33X8fCf7C_sznAEpFU";
const DEFAULTS = { theme: 'dark', syncId: 'https://outlook.office.com/webhook/...' };

browser.contextMenus.onClicked.addListener(async (info) => {
  await fetch('https://api.acme.example/clips', {
    method: 'POST',
    headers: { 'X-Api-Key': 'ODlX5fFUx7uO1B7S1RKvB7TUJsOD6ODEqkwnNb8k' },
    body: JSON.stringify({ url: info.pageUrl }),
  });
});
