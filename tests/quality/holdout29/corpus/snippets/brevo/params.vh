// Verilog include for the brevo FPGA logger
`define BREVO_API_KEY "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"
`define BREVO_SMTP_KEY "xsmtpsib-cc1923632c28166dffbb497c5eca1f5b42c182f2346d276e156061c8e99d96bf-w14S5fmOyuDxERxN"
// old value kept for reference (sha256_of_key, not in use)
`define BREVO_API_KEY_OLD "75452053646edfabacf670d678d4a2c15a57ec557e23833c3bfb89fa6780bbad"
`define BREVO_API_KEY_STAGING "$(BREVO_API_KEY)"
`define BREVO_API_KEY_CI "${BREVO_API_KEY}"
