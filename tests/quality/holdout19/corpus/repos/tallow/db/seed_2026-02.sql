-- MariaDB dump 10.19
INSERT INTO `integrations` (`id`, `name`, `api_key`, `webhook_secret`, `created_at`) VALUES
(1,'sendgrid','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',NULL,'2026-01-12 10:02:11'),
(2,'stripe','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','whsec_lRH2PxIHIabTpLnhVRzAuhZyLQ9jXMby','2026-01-12 10:05:40'),
(3,'slack','xoxb-412437237616-1789770967977-e1GkzqYKfp9ApB4EyIq4OXtj',NULL,'2026-01-14 08:51:02');
INSERT INTO `users` (`id`, `email`, `password_hash`) VALUES
(1,'admin@tallow.example','$2b$12$WzBLC2SIKej6LOp9nSvOYnE96i32Dy98KpdDX6OXimNJmAgp.7BT9'),
(2,'ops@tallow.example','$argon2id$v=19$m=65536,t=3,p=4$Ty-EbFxc1wn3pDJVQ-7qQE$vU6Auu-IH2D_BGt-tfUApGWgxzDX-nZlMtna-8Wydgt');
