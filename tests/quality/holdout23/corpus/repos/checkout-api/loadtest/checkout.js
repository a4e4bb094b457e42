import http from 'k6/http';

export const options = { vus: 50, duration: '5m' };
const TOKEN = __ENV.API_TOKEN || 'fh_live_VoobUwIxUJM0idQadimQJNbqOjqGGl05';

export default function () {
  http.post('https://staging.fernhollow.io/api/checkout', JSON.stringify({ sku: 'A-1' }), {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
}
