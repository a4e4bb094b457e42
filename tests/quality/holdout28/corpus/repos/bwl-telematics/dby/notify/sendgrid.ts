// route-late alerts to hotel housekeeping managers
import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? "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");
export const FROM = "routes@bwlinen.co.uk";
export const TEMPLATE = "d-ddb166a77877845f0172844bdf4942bc";
