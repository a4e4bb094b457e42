require "MailchimpMarketing"

client = MailchimpMarketing::Client.new
client.set_config(api_key: "8c1d711ca2d89a6eeb434b63570ffb40-us21", server: "us21")
LIST_ID = "595dd98201"
SENDGRID = "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"
