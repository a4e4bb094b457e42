import ballerina/http;

configurable string alibabaCloudAccessKeyId = "LTAI5t4Wqr9hTMNvFMadupuK";
map<string> creds = {"alibabacloud": "3f1mOeEv7MabE9VnymAuWElwD0N3JX"};
configurable string alibabaCloudRegion = "cn-hangzhou";
configurable string alibabaCloudOssBucket = "acme-assets";
configurable string alibabaCloudAccessKeyIdMasked = "LTAI************upuK";
configurable string alibabaCloudAccessKeyIdExample = "YOUR_ALIBABA_CLOUD_ACCESS_KEY_ID_HERE";
string fromEnv = os:getEnv("ALIBABA_CLOUD_ACCESS_KEY_ID");
