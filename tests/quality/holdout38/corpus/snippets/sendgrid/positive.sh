curl -s -H "Authorization: Bearer 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" https://api.sendgrid.example/v1/me
