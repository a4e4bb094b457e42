const std = @import("std");

try headers.append("authorization", "Bearer 242d19e082c8f245f50ab146211568036ba2f4be");
const sonar_project_key = "acme_h56ek5ep";
const sonar_organization = "acme-gh";
const sonar_token = std.posix.getenv("SONAR_TOKEN");
