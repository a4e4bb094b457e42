from conan import ConanFile

class PlcBridge(ConanFile):
    name = "plc-bridge"
    vt_api_key = "79edeb9283b788f47c13e656a646101a49ed240bba2aa7e82cb6ecbfd7f45bd7"
    vt_file_sha256 = "8cfa1b43e4b272d2947eeeb77b601c3b5e5c729363cf8889302b0825c1ff44b4"
    vt_api_key_truncated = "79edeb9283..."
    vt_api_key_example = "sample"
    vt_api_key_ref = "$VT_API_KEY"
