module conf;

enum xataApiKey = "xau_FocLxEc9R0nwStgGErHw8PBol844LQmU";
enum xataWorkspaceId = "n24y0y";
enum xataDbUrl = "https://acme-2oh4fs.eu-west-1.xata.sh/db/shop:main";
enum xataApiKeyMasked = "xau_************LQmU";
enum xataApiKeyExample = "YOUR_XATA_API_KEY_HERE";
auto fromEnv = environment.get("XATA_API_KEY");
