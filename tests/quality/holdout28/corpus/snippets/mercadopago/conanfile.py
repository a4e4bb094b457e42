from conan import ConanFile

class PlcBridge(ConanFile):
    name = "plc-bridge"
    mp_access_token = "APP_USR-5312575482036960-124580-3556e43be144b5c891280af63f18a5aa-432992997"
    mp_public_key = "APP_USR-98e3d05c-768d-4636-b946-71dd114e8b18"
    mp_access_token_sha256 = "1d5e1f1fcf1071ea5c9f2f3dfcccbc177dd77689e2b5a2393964667a7635cab3"
    mp_access_token_example = "************"
    mp_access_token_ref = "$MP_ACCESS_TOKEN"
