module conf;

enum xataApiKey = "xau_yh1g7Yp0CKtIeGcZwfbnjUUFnTtZkXEz";
enum xataWorkspaceId = "ldp5v1";
enum xataDbUrl = "https://acme-xnuh8t.eu-west-1.xata.sh/db/shop:main";
enum xataApiKeyMasked = "xau_************kXEz";
enum xataApiKeyExample = "YOUR_XATA_API_KEY_HERE";
auto fromEnv = environment.get("XATA_API_KEY");
