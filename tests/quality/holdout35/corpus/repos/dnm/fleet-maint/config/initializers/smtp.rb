ActionMailer::Base.smtp_settings = {
  address: "smtp.saltmarsh-fish.example",
  port: 587,
  user_name: "fleet-maint",
  password: "Z^#XdiGfP#i2r_R3R&Bx",
  authentication: :login
}

PARTS_SUPPLIER_TOKEN = "Co0w3Gcs8mEsCyb0n8P1uSXvhKP51rYBWwPQREa8"
PARTS_SUPPLIER_ACCOUNT = "62939885"
