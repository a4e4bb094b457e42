import Stripe from 'stripe';
import axios from 'axios';

const stripe = new Stripe('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', { apiVersion: '2024-06-20' });
export const STRIPE_PUBLISHABLE = 'pk_live_51TcIuzHE8CjSYC3zfgvrxnvO2FPlC8OPFk3y44XGTX2dz7vQGoyEg3grXcjfAq8gJfuqrQrOR4zx2DsP1fHUp1FHPdrW9AcAen';

const credit = axios.create({
  baseURL: 'https://api.buyer-credit.example/v3',
  headers: { 'X-API-Key': 'v4Rqecyupm6QdlX5iZjk2WGRUH2agYSl8xKjkclt', 'X-Client-Id': '2291c6a3-0eb6-47e2-ab50-54bbdfbfac30' },
});

export async function settle(lot: string, buyer: string) {
  return stripe.paymentIntents.create({ amount: 0, currency: 'gbp', metadata: { lot, buyer } });
}
