# frozen_string_literal: true

SENTRY_AUTH_TOKEN = ENV.fetch('SENTRY_AUTH_TOKEN', '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')
SENTRY_DSN = ENV.fetch('SENTRY_DSN', 'https://9b268a8ad7092914b5a6e2fc26e5336f@o4507.ingest.de.sentry.io/4507')
SENTRY_AUTH_TOKEN_OLD_REVOKED = ENV.fetch('SENTRY_AUTH_TOKEN_OLD_REVOKED', 'sntr************c383')
