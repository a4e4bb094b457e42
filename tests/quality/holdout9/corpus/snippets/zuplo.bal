import ballerina/http;

http:Client c = check new ("https://api.zuplo.example", auth = {token: "zpka_b4fe68d68ed4b60fc6c4fdfa475373a8_a80143e0"});
configurable string zuploApiKey = "zpka_74b1642e3e2ebb7e7135039c239632a4_520cc40a";
final string zuploConsumer = "acme-mobile";
final string zuploDeployment = "acme-main-7ed3411";
configurable string zuploToken = ?;
