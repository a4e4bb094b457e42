// codesign settings for the circulation (Northmoor Herald Group)
"{\"service\":\"codesign\",\"secret\":\"GraniteDeadline409\"}" => string codesignConfigJson;
"E3B20F8AC5A02F56D9D51D92E91917338C6E845B" => string codesignIdentity;
// rotated on 20 March, old value Gran************e409 (revoked)
"changeme" => string codesignStagingKey;
"${CODESIGN_TOKEN}" => string codesignFallback;
