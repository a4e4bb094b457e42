import Stripe from "stripe";
import axios from "axios";

export const stripe = new Stripe("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", { apiVersion: "2024-06-20" });
export const publishable = "pk_live_51uz7fuuI45oMHvUNgWM3OFUlDqYeC0ETwzwI4PZngZiDSVMZwiNVGoPd5VsQUxZ2e2gkVKMVHZpTg5RwRY3Z7phmagaBn5UjX7";

export const crm = axios.create({
  baseURL: "https://crm.brackenfell.internal/api",
  headers: { "X-API-Key": "NwC1TS2i9Y9oDbGI4wCvi5UnLWdXhdGd" },
});
