import { Resend } from "resend";
import sgMail from "@sendgrid/mail";

const resend = new Resend(process.env.RESEND_API_KEY ?? "re_Z7XTU7ag_J9bip70j4iiJKHriLhsKy5Co");

sgMail.setApiKey(
  process.env.SENDGRID_API_KEY ||
    "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",
);

export const FROM = "orders@brackenfield.example";
export const TEMPLATE_ID = "d-b3ab08a9449c5b3b0686ac46bcf45160";
