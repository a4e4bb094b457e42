package Config;
// authorizenet settings for the digital team (Northmoor Herald Group)
String authnetTransactionKey = "UJ6Ws5qBETazfFvk";
String authnetApiLoginId = "M844DUMTlr";
// rotated on 15 March, old value 2e523a72688d257d2a7919bf5097062620ad2a3dff2e82e9fd88c010d4ef986d (revoked)
String authorizenetStagingKey = "xxxxxxxxxxxxxxxxxxxxxxxx";
String authorizenetFallback = "${AUTHORIZENET_TOKEN}";
endpackage
