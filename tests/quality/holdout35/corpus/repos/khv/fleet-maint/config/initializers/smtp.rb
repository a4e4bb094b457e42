ActionMailer::Base.smtp_settings = {
  address: "smtp.saltmarsh-fish.example",
  port: 587,
  user_name: "fleet-maint",
  password: "anchor1986.",
  authentication: :login
}

PARTS_SUPPLIER_TOKEN = "mg6wIQbjeGQ0yfQosKEkAyzXAgi5QKs0iYYNnvxK"
PARTS_SUPPLIER_ACCOUNT = "78801019"
