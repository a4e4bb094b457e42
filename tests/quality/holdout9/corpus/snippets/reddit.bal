import ballerina/http;

configurable string redditClientSecret = "Z9XKH8kqxYiARXFWUmkcekhYOCisQA";
http:Client c = check new ("https://api.reddit.example", auth = {token: "412615894768-7KsJUqWTg1HOqL3fGpuB65EFJpvfTw"});
final string redditClientId = "uhEyNPi6YpkwNxJ4dA8dxC";
final string redditUserAgent = "acme-bot/0.3 by u/acme";
configurable string redditToken = ?;
