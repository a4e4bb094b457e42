// route-late alerts to hotel housekeeping managers
import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? "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");
export const FROM = "routes@bwlinen.co.uk";
export const TEMPLATE = "d-cc20b9fa7b8ebab4194499b22e6d7845";
