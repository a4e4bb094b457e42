import Stripe from "stripe";

const key =
  process.env.STRIPE_SECRET_KEY ??
  "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";
export const stripe = new Stripe(key, { apiVersion: "2025-09-30.clover" });
export const publishableKey = "pk_live_51AD5DA9v1qcFa31h3JrHrdk1CaqIvvbvzPGDcepplHqERpO2g2Tm0MGGThhazqS1xwmjghBN667Z2cuq0lmknBNLNEEJ0wpWd8";
