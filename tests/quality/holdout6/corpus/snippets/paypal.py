import os
import requests

os.environ.setdefault("PAYPAL_CLIENT_SECRET", "EsQXHRkQpBKTfYFlRrXWgaucMxxyPXSRSduPBPtoIUzgx0XVcohJ0AyS7eh83euikfI4N2tT2O4PkAlo")
CREDENTIALS = {"paypal_access_token": "access_token$production$7yhxmt9v4vfxb4ea$696461a9ba82c976cf3144d822d89f39"}
paypal_client_id = "Abl_025Too-rO0wI7LI_IDM4kG_Yc8bBMaCbpDQv36OwjMETjNp7ENC2JRnIETLVrCh2_HGFb6qevmpW"
paypal_merchant_id = "9L4G4SBTL1I10"
paypal_token = os.environ.get("PAYPAL_TOKEN")
