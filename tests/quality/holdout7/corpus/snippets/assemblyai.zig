const std = @import("std");

const assemblyai_api_key = "6f7e3dfc967a64cb14028d512c9791e5";
const assemblyai_api_key = "<YOUR_API_KEY>";
const assemblyai_transcript_id = "00ed6b02-7221-4fdc-84df-96ff28541424";
const assemblyai_token = std.posix.getenv("ASSEMBLYAI_TOKEN");
