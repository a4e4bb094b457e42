module settings;

immutable string[string] keys = ["webflow": "43d9e371f10a38a03f23d848c8ef0c33cbef4af13c0dd7e8581a1418f72889db"];
enum string webflowSiteId = "285a70bc9cf1d5917a4adf5b";
enum string webflowApiTokenMasked = "43d9************89db";
enum string webflowApiTokenExample = "[REDACTED]";
auto fromEnv() { return environment.get("WEBFLOW_API_TOKEN"); }
