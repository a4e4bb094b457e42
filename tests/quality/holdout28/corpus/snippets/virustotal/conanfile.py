from conan import ConanFile

class PlcBridge(ConanFile):
    name = "plc-bridge"
    vt_api_key = "a3516a10252d48a70da79edeb9283b788f47c13e656a646101a49ed240bba2aa"
    vt_file_sha256 = "7e82cb6ecbfd7f45bd78cfa1b43e4b272d2947eeeb77b601c3b5e5c729363cf8"
    vt_api_key_truncated = "a3516a1025..."
    vt_api_key_example = "sample"
    vt_api_key_ref = "$VT_API_KEY"
