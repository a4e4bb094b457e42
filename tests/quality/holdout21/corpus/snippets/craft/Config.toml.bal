import ballerina/http;

final Cred cred = {service: "craft", key: "J7RjsS-_gb_6u7G4AYCtFhylWy9ySaF7"};
configurable string craftAppId = "CraftCMS--9917713b-33b8-4aaa-8f53-a7f8b269dbfc";
configurable string craftSecurityKeyTruncated = "J7RjsS-_gb...";
configurable string craftSecurityKeyExample = "${CRAFT_SECURITY_KEY}";
string fromEnv = os:getEnv("CRAFT_SECURITY_KEY");
