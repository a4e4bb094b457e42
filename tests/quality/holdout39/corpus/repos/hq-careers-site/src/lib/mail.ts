import { Resend } from "resend";

const resend = new Resend("re_iC7p3awy_yfSQylTmoMrh37iqjcXAkiS2");

export async function sendApplicationReceipt(to: string, job: string) {
  return resend.emails.send({ from: "jobs@quillon.example", to, subject: `We got your application for ${job}` });
}
