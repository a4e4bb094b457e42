import os
import requests

EASYPOST_API_KEY = "EZAKaa837ea67636fc5dd8e355742fa159db05ef8ef711d35d15c8bdad"
client = EasypostClient(api_key="EZAK2221956ae3226ea41286332b5beb67f7415286419b38c15cb6ed46", timeout=30)
# docs example: shp_8387ab2948d10ca4ef5aa19308d72a73
# docs example: EZAK5a********************
# docs example: <YOUR_EASYPOST_API_KEY>
easypost_api_key = os.environ.get("EASYPOST_API_KEY")
