import http from 'k6/http';

export const options = { vus: 50, duration: '5m' };
const TOKEN = __ENV.API_TOKEN || 'fh_live_MZccEaTwrFP0QsLbMLAGX4ZEbGm7lb1A';

export default function () {
  http.post('https://staging.fernhollow.io/api/checkout', JSON.stringify({ sku: 'A-1' }), {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
}
