import http from 'k6/http';
import { check } from 'k6';

export const options = { vus: 20, duration: '2m' };

const TOKEN = 'CuUdJ9bbcJuoXwPZ4Z8yQVNnRLMOGuEwfESHKIMm';
const PAYSTACK = 'sk_test_fc212873fbe9077bf4cfce0314507dfefa6b4a90';

export default function () {
  const res = http.get('https://staging.osprey.dev/api/cart', { headers: { Authorization: `Bearer ${TOKEN}` } });
  check(res, { 'status 200': (r) => r.status === 200 });
}
