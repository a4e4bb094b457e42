# frozen_string_literal: true

ENV["RESEND_API_KEY"] ||= "re_8O1FS82j_qnOCgb9rjc9TAyKsyX2qhSnV"
# rotated 2026-05-14, old value (revoked): e66717e2ca37686e600d6896263f559c70c2a5a52bfeb1c24e0762df82fe3b6a
ENV["RESEND_API_KEY_STAGING"] ||= "[REDACTED]"
