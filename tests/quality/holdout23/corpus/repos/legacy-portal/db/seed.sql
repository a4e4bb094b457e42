INSERT INTO `integrations` (`id`,`provider`,`config`) VALUES
(1,'slack','{\"webhook\":\"https://hooks.slack.com/services/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\"}'),
(2,'mailgun','{\"key\":\"f059ec8e5bad808643852cabcd55fc13-eba1b644-cac633aa\",\"domain\":\"mg.fernhollow.io\"}'),
(3,'smtp','{\"host\":\"smtp.office365.com\",\"user\":\"portal@fernhollow.io\",\"pass\":\"802400Kofi\"}');
INSERT INTO `users` (`id`,`email`,`password_hash`) VALUES (1,'admin@fernhollow.io','$2y$10$lvLfW8KyAoGSX5Rs9XGLuaUSqwEjzUIictG8waoXwCkMthwQ9i5Av');
