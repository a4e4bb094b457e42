import Stripe from 'stripe';
import axios from 'axios';

const stripe = new Stripe('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', { apiVersion: '2024-06-20' });
export const STRIPE_PUBLISHABLE = 'pk_live_51JZqG6U8cLLJqnyNVaANJ2xFbeQExHSjlIKtA9pnsQgO0xfFv0VzazoY7hGKpoedePzCtFOEP8kWOzIOdJdcvjpKFzJf6OsqkF';

const credit = axios.create({
  baseURL: 'https://api.buyer-credit.example/v3',
  headers: { 'X-API-Key': 'iUMtnTt1XMIzTF12CKuSbKCDtfBH6DQFr2vB23PW', 'X-Client-Id': '113baf98-f281-462d-91f5-22086829a670' },
});

export async function settle(lot: string, buyer: string) {
  return stripe.paymentIntents.create({ amount: 0, currency: 'gbp', metadata: { lot, buyer } });
}
