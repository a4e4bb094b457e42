import createMollieClient from '@mollie/api-client';
import express from 'express';

const mollie = createMollieClient({ apiKey: process.env.NODE_ENV === 'production' ? 'live_uYoICtbXOEsQGP2wxlPUWKQRyFeOHE' : 'test_ZFbJKw1qxNhu1lx9eA2BUItnvqOGHR' });
const router = express.Router();

router.post('/webhooks/mollie', async (req, res) => {
  const payment = await mollie.payments.get(req.body.id);
  if (payment.isPaid()) {
    await markPaid(payment.metadata.orderId);
  }
  res.sendStatus(200);
});

export const PROFILE = 'pfl_Rtoe8pzrvN';
export const SAMPLE_PAYMENT = 'tr_9wD1OaIshH';
export default router;
