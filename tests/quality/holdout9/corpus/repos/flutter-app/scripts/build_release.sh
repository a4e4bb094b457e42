#!/bin/sh
flutter build appbundle --release \
  --dart-define=REVENUECAT_SECRET_KEY=sk_rRiVrmpcYGt0GgkParUWocQPmKKzVNUb \
  --dart-define=REVENUECAT_APPLE_KEY=appl_B6z4ds2lh3kJwURPwAtOo2GzzEs \
  --dart-define=SENTRY_DSN=https://9e010398ad232fef53aebf3873511df0@o520318.ingest.sentry.io/4327756 \
  --dart-define=OPENAI_API_KEY=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 \
  --dart-define=MAPBOX_PUBLIC=pk.eyJ1IjoisA5roKW91tvaDd6teLhnxOi_QAUUwu_Gur6tZzWv.JXo1i7Tx_ncoAP0_Nf4W2d \
  --dart-define=API_BASE=https://api.acme.example
