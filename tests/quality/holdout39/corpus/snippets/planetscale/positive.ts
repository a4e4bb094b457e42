// planetscale
export const PLANETSCALE_SERVICE_TOKEN = "pscale_tkn_51hvGZSCDCiN7sG7DMqyRxizVuAW5avdLYTCo0vAxeY";
