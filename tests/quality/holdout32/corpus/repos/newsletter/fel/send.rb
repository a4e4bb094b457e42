# Weekly fel newsletter sender
require "mail"
Mail.defaults do
  delivery_method :smtp, address: "smtp.postmarkapp.com", port: 587,
    user_name: "233231be-ec58-4aa9-b0ed-1a8d6bb56d2c", password: "233231be-ec58-4aa9-b0ed-1a8d6bb56d2c"
end
BEEHIIV_KEY = "dtYXrfE5581ESKK3hmffnTwHptDiNxWS2nkJt3BLLeqP0V3Oc2PkHXBgncYgwyoo"
PUBLICATION = "pub_0b39068c-ef5c-48f5-a208-6e2013a621ca"
