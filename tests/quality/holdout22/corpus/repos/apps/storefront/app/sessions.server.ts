import { createCookieSessionStorage } from "@remix-run/node";

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: "__session",
    httpOnly: true,
    sameSite: "lax",
    secrets: [
      "eSlNf0ennzVfBCtkrMmtyA0NK1sev5HX",
      "pTYdJPMB1n2NO2dBHzz7o448GF4dy5PO", // previous secret, keep until 2026-12-31
    ],
    secure: process.env.NODE_ENV === "production",
  },
});
