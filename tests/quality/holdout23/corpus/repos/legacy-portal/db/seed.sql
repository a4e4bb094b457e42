INSERT INTO `integrations` (`id`,`provider`,`config`) VALUES
(1,'slack','{\"webhook\":\"https://hooks.slack.com/services/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\"}'),
(2,'mailgun','{\"key\":\"172ae48b53144754c5f96e0cfca440d4-15d10fe4-3d7bb88c\",\"domain\":\"mg.fernhollow.io\"}'),
(3,'smtp','{\"host\":\"smtp.office365.com\",\"user\":\"portal@fernhollow.io\",\"pass\":\"834561Oskar\"}');
INSERT INTO `users` (`id`,`email`,`password_hash`) VALUES (1,'admin@fernhollow.io','$2y$10$FnQwv8nIzBwuig4bjALYf02aeUlkPVgAjEYlm3RL2r5sE/dvN6ZJ6');
