import ballerina/http;

configurable string digitaloceanToken = "dop_v1_753bbb84a5ade48f1798dba644ab6bbed19fd2719489f7cb0cde1fb57593f103";
http:Client c = check new ("https://api.digitalocean.example", auth = {token: "doo_v1_b0dd05b4ba1c4551f6aa8ccb0c805255044013633e2c34621415c055c9a6c245"});
configurable string spacesSecretAccessKey = "/8BFHoA7WqXe0IDNJxlpxgjafH8BmVHjYubPTD+8Chg";
final string spacesAccessKeyId = "DO00SS285UISJUNEMVVP";
final string doDropletId = "519216230";
configurable string digitaloceanToken = ?;
