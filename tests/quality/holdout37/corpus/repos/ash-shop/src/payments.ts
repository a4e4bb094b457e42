import Stripe from "stripe";
import axios from "axios";

export const stripe = new Stripe("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", { apiVersion: "2024-06-20" });

export const mailer = axios.create({
  baseURL: "https://api.mailersend.com/v1",
  headers: { Authorization: `Bearer mlsn.319e59b0759c1ca4028683b19d0de549ee4463b9a91e12765d4a4570ed50a715` },
});

export const STRIPE_PK = "pk_live_517vQgWmzkGdU8YOE0LgYvl146ZodAsejAUuGJm9mTBBUv1sageBMqYG0nZB2sr5hEuv4G9fEcgjHriPx0s29K31OJhKRhtvNaQ";
