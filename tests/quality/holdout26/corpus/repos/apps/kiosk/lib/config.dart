// lobby ticket-collection kiosk
const adyenClientKey = 'live_OO9PLLREBFGFJ3SQUQHWZAM3Y6ZX0MI9';
const kioskApiToken = String.fromEnvironment('KIOSK_TOKEN', defaultValue: 'VFJkh6cNhwIzIA-zC6CwHvZ0T2NQUpWv9O0XpAD7');
const kioskAdminPin = 'ugmu7335TC';
