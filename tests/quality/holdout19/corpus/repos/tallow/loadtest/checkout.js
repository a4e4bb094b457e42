import http from 'k6/http';

const params = {
  headers: {
    Authorization: 'Bearer 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',
    'Idempotency-Key': '3635db41-47d2-4fd8-8431-5bd558d61cf3',
  },
};

export default function () {
  http.post('https://api.stripe.com/v1/payment_intents', { amount: 100, currency: 'eur' }, params);
}
