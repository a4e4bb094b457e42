import http from 'k6/http';
import { check } from 'k6';

export const options = { vus: 20, duration: '2m' };

const TOKEN = 'IjBOrUwqieOvyEYwej33FWo63V5LuFxwoJY5S5SU';
const PAYSTACK = 'sk_test_11ce8460f18448aa89fffc9d70aeb0ef93738d56';

export default function () {
  const res = http.get('https://staging.tamarin.dev/api/cart', { headers: { Authorization: `Bearer ${TOKEN}` } });
  check(res, { 'status 200': (r) => r.status === 200 });
}
