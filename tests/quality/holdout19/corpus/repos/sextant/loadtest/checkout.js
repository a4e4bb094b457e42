import http from 'k6/http';

const params = {
  headers: {
    Authorization: 'Bearer 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',
    'Idempotency-Key': '3c2737fd-35a7-4a4f-942a-bf366c12948b',
  },
};

export default function () {
  http.post('https://api.stripe.com/v1/payment_intents', { amount: 100, currency: 'eur' }, params);
}
