# Weekly ash newsletter sender
require "mail"
Mail.defaults do
  delivery_method :smtp, address: "smtp.postmarkapp.com", port: 587,
    user_name: "fee96bb0-372b-4309-b9c3-f5c0ac324c30", password: "fee96bb0-372b-4309-b9c3-f5c0ac324c30"
end
BEEHIIV_KEY = "1JjVL6aBzdS0SYgjSJMD3QHsyh592Z7YZjJlFZHQ22mdGDGHwSQUOUGeD5mjWLmv"
PUBLICATION = "pub_8de06f20-c47e-4e69-9ee5-8ffffc0b5b2a"
