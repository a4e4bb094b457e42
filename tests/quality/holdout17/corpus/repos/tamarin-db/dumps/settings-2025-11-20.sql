-- MySQL dump 10.13  Distrib 8.0.40, for Linux (x86_64)
-- Host: db.internal    Database: tamarin
DROP TABLE IF EXISTS `integrations`;
CREATE TABLE `integrations` (`id` int NOT NULL, `name` varchar(64), `secret` text, PRIMARY KEY (`id`));
LOCK TABLES `integrations` WRITE;
INSERT INTO `integrations` VALUES (1,'slack','xoxb-701361086310-9961472932628-jYRcQAAKM3U2ZOpxNkC5pEnj'),(2,'postmark','448025ca-6e6b-4dda-a193-618185bdc6f0'),(3,'shopify','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');
UNLOCK TABLES;
INSERT INTO `users` VALUES (1,'admin','$2y$10$1FmehC8QxejhJZqrhhDi0z9lo1wDYkG6D3EUA4Sn9TuSlnJgX9NMo','2025-01-03');
