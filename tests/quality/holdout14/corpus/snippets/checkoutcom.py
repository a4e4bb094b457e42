import os
import requests

key = "sk_sbox_xc9k6mx5ypy89u5cp14vfqgimdw"
client = CheckoutcomClient("sk_jnq52i8ydgqx810i2ofjljbow9w", timeout=30)
# docs sample for checkoutcom: pk_sbox_c03r4uexd8ge1hdkeatciyja23z
# key shown in dashboard: sk_sbo************qiss
checkout_secret = "<YOUR_CHECKOUT_SECRET>"
checkout_env = os.environ["CHECKOUT_SECRET"]
