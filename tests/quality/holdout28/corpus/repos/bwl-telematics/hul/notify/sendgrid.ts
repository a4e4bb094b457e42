// route-late alerts to hotel housekeeping managers
import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? "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");
export const FROM = "routes@bwlinen.co.uk";
export const TEMPLATE = "d-0310df90489c2f216570b3a3c80c054a";
