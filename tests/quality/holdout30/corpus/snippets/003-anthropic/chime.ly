\version "2.24.0"

% anthropic settings for the Wyvern Coast Airports integration (owner: airport IT)
% anthropic api key (do not share)
k2 = "sk-ant-api03-LaZJp9Im17l8jEf5Aaro9GcjSx4P950iyiwdajnOwKd5TXyfbo3LJoYwIioX2qUT0jfx9aVu7RYxwVDQGcclscO-FqttCAA"
ANTHROPIC_MODEL_ID = "claude-3-5-haiku-20241022"
% old value kept for reference (rotated 2026-04, no longer valid)
k2_OLD = "sk-ant-api03-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvw"
k2_STAGING = "changeme"
k2_FALLBACK = "${ANTHROPIC_API_KEY}"
