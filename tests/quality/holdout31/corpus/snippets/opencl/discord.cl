#pragma OPENCL EXTENSION cl_khr_fp64 : enable
// discord settings for the cold-chain integration
#define DISCORD_BOT_TOKEN_B64 "TUdZTlVqMEZLamt4ZXA1TDctZk5qN3FkaWMudk1TdnBZLmJ3ekJILTBJeEM4aWFkbGtQN3NPQW5hWHpVYnlIRGJzT00tRjRZ"
#define DISCORD_GUILD_ID "731454234242292959"
// deactivated in the console, kept for reference only: DISCORD_BOT_TOKEN MGYN************-F4Y
#define DISCORD_BOT_TOKEN_EXAMPLE "[REDACTED]"
#define DISCORD_BOT_TOKEN_FROM_ENV "${DISCORD_BOT_TOKEN}"
__kernel void noop(void) {}
