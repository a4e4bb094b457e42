from conan import ConanFile

class PlcBridge(ConanFile):
    name = "plc-bridge"
    mp_access_token = "APP_USR-0124580128237215-708225-5c891280af63f18a5aa8755f98e3d05c-334960391"
    mp_public_key = "APP_USR-6194671d-d114-48b1-beb1-0e201532423b"
    mp_access_token_sha256 = "8026e3385693a6bd48700ae619679ccb4bb9f23c2a4bba69e391a9be5ce02ed1"
    mp_access_token_example = "************"
    mp_access_token_ref = "$MP_ACCESS_TOKEN"
