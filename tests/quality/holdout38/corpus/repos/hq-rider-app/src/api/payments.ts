import Stripe from "stripe";
import axios from "axios";

const stripe = new Stripe("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", { apiVersion: "2024-06-20" });
export const publishable = "pk_live_RCZK6N7fEZCJDSvGJMHBWYlExJg3ZP5Be5KE4VrdOKEU9MngO931dG4lFZ30PdDD9zFVlH0WbSJATcmVK7FKENLjyXTgIPB0wko";

export const maps = axios.create({
  baseURL: "https://api.mapbox.com",
  params: { access_token: "sk.eyJ1IjoiYnJpbmRsZSIsImEiOiJj9DRzgQFLx68PKpIMGyX2.WHjle1ObcreL2jMYcazByh" },
});
