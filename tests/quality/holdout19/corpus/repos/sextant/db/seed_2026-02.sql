-- MariaDB dump 10.19
INSERT INTO `integrations` (`id`, `name`, `api_key`, `webhook_secret`, `created_at`) VALUES
(1,'sendgrid','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',NULL,'2026-01-12 10:02:11'),
(2,'stripe','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','whsec_Y4R4slNv69enLeK5hbien9Mt6xQO4igI','2026-01-12 10:05:40'),
(3,'slack','xoxb-372500089436-9881606866344-sBk6ZOq5Unh7I3Fi3o5fu3nH',NULL,'2026-01-14 08:51:02');
INSERT INTO `users` (`id`, `email`, `password_hash`) VALUES
(1,'admin@sextant.example','$2b$12$gP2taDxhFrSYW68EX928wxFp3sR3PUuC30QtLR39f1FzzxpZAv0uB'),
(2,'ops@sextant.example','$argon2id$v=19$m=65536,t=3,p=4$CLuT6zCgcqu_cekob_baYh$Jgo3rvduXb8uA2FY-REnkLZtukWAdkJndyVANxEXIgM');
