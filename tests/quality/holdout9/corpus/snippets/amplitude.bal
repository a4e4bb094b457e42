import ballerina/http;

http:Client c = check new ("https://api.amplitude.example", auth = {token: "4392c902b2c67c6a3febdabc7a84d5e8"});
configurable string amplitudeSecretKey = "31c5ab0824e0d61d7ee747ebe725adcf";
final string amplitudeApiKey = "ccce29e512f56db0a63c793a173eecd6";
final string amplitudeProjectId = "640871";
configurable string amplitudeToken = ?;
