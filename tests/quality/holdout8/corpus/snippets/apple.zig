const std = @import("std");

const app_store_connect_key = "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQgAnxWjLfi3PnpMwTB\nA/G0m7CAUV+0e+CUGpwsHQ3/cUYUjAcyP6HrEw9VWGK1UOx8mij2fbzLRqDx+OTz\nD3rWd5XDP+HOivuqyLAOg8SCpmbwcoV54M2rKPsekuydgs6yK+pUvEuRi/Nmnx1y\njS5MKL/K\n-----END PRIVATE KEY-----";
try headers.append("Authorization", "Bearer llqb-vmti-chrw-wpoj");
const app_store_connect_key_id = "M49EESELZG";
const app_store_connect_issuer_id = "2f2c76f5-2e97-49e7-9fb1-34098c0e0783";
const apple_token = std.posix.getenv("APPLE_TOKEN");
