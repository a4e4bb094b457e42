import Stripe from "stripe";
import axios from "axios";

export const stripe = new Stripe("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", { apiVersion: "2024-06-20" });

export const mailer = axios.create({
  baseURL: "https://api.mailersend.com/v1",
  headers: { Authorization: `Bearer mlsn.aa26cb3afdb728605a24a8d7691ccea1ff96be617b65ad358a4a350885db2ddb` },
});

export const STRIPE_PK = "pk_live_51QRF4XH9SQD7NcZWD07rwn6BZS9zsxIX2A8fPAi0JktnbGv37US5o1AqRKPyPp2ltVOhUL9flD4PYBJDglZwNjJg6JW8QaRlQ0";
