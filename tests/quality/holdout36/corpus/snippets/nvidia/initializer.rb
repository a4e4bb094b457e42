# frozen_string_literal: true

ENV["NVIDIA_API_KEY"] ||= "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"
# rotated 2026-05-12, old value (revoked): e9472ed22bcaa09e0d088e3b34d25b8f2b381db02fcd8f3778ec05622cacd6e3
ENV["NVIDIA_API_KEY_STAGING"] ||= "[REDACTED]"
