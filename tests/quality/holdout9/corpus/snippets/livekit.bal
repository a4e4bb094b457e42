import ballerina/http;

http:Client c = check new ("https://api.livekit.example", auth = {token: "VvFnNycHYetnqrC1b9ko1FyhLZ3LyxS8O1OsjokiAn1"});
configurable string livekitApiSecret = "h0bPkq5qwB7WHpGKUtpAJUbvVFzLtBCXjiAWkAHNR1N";
final string livekitApiKey = "APIIPfCh6kOlGpU";
final string livekitApiSecret = "secret";
configurable string livekitToken = ?;
