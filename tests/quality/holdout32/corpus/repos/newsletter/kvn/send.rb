# Weekly kvn newsletter sender
require "mail"
Mail.defaults do
  delivery_method :smtp, address: "smtp.postmarkapp.com", port: 587,
    user_name: "85b64ebf-1165-4ca7-a1fe-e0de94010781", password: "85b64ebf-1165-4ca7-a1fe-e0de94010781"
end
BEEHIIV_KEY = "qb4eTrFIJZA1GC1LSgAbYVTOAUlIzfPYuqb33KTTkKXyM8vkazaqOqE4RvKK9sMc"
PUBLICATION = "pub_74b7ec1c-3e7f-4e3a-9c6d-0fd0156f11bf"
