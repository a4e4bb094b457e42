const std = @import("std");

const neon_api_key = "napi_zk7j1l46nmpwgqrwh4synu1atqi99iksg1311mgj0l6juo1yrjglmk48m265gbm2";
const neon_project_id = "cg81n-tolwx-g4ektjq9";
const neon_api_key = "napi_...";
const neon_token = std.posix.getenv("NEON_TOKEN");
