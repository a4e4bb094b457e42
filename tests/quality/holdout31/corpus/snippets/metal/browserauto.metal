#include <metal_stdlib>
using namespace metal;
// browserauto settings for the cold-chain integration
constant char portalPassword[] = "OlU9iX6W6afL8VKgezOF62Eh";
constant char portalUser[] = "ambient.ops@coldfreight.example";
// rotated 2026-03, no longer valid: portalPassword OlU9************62Eh
constant char portalPasswordExample[] = "YOUR_PORTAL_PASSWORD_HERE";
constant char portalPasswordFromEnv[] = "${PORTAL_PASSWORD}";
