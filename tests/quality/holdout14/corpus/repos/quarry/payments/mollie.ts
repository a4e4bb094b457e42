import createMollieClient from '@mollie/api-client';
import express from 'express';

const mollie = createMollieClient({ apiKey: process.env.NODE_ENV === 'production' ? 'live_6TTakh16n5qkzkCQ33kR70gcAcepkt' : 'test_WdjgS6s6LJcgU8TtxmDOWIzEwrQjvx' });
const router = express.Router();

router.post('/webhooks/mollie', async (req, res) => {
  const payment = await mollie.payments.get(req.body.id);
  if (payment.isPaid()) {
    await markPaid(payment.metadata.orderId);
  }
  res.sendStatus(200);
});

export const PROFILE = 'pfl_rFH2Cjmwnk';
export const SAMPLE_PAYMENT = 'tr_Fy07IgWngm';
export default router;
