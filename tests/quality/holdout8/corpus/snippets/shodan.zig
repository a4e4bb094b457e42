const std = @import("std");

const shodan_api_key = "QjfxmDOS3k9lues39kPDTvtk1UKJ9VL7";
try headers.append("Authorization", "Bearer wb8s3POF7t7gXzBtLkx6Qdn2GHWwri2P");
const shodan_api_key = "YOUR_API_KEY_HERE";
const shodan_query = "org:Acme port:22";
const shodan_token = std.posix.getenv("SHODAN_TOKEN");
