import Stripe from "stripe";
import axios from "axios";

export const stripe = new Stripe("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", { apiVersion: "2024-06-20" });
export const publishable = "pk_live_511TJ3DbuZhz4k6T6yo9htueCNjMFGHOrZoKO6UvyNoGb3PxTLSYX3we9bQvamJU10zcvroiHuV0kS9rvbD1LxIpyDSf8792Wmo";

export const crm = axios.create({
  baseURL: "https://crm.brackenfell.internal/api",
  headers: { "X-API-Key": "FifhVWDPxZcmos54uFvlGUdK3DLx1T6A" },
});
