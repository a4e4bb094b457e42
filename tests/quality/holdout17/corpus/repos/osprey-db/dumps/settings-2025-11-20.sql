-- MySQL dump 10.13  Distrib 8.0.40, for Linux (x86_64)
-- Host: db.internal    Database: osprey
DROP TABLE IF EXISTS `integrations`;
CREATE TABLE `integrations` (`id` int NOT NULL, `name` varchar(64), `secret` text, PRIMARY KEY (`id`));
LOCK TABLES `integrations` WRITE;
INSERT INTO `integrations` VALUES (1,'slack','xoxb-750486954478-8916104764169-NBNHx4gZYZX0IPdiYynI4Dwy'),(2,'postmark','1f13157f-7d53-4b8f-811c-9c56df44f357'),(3,'shopify','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');
UNLOCK TABLES;
INSERT INTO `users` VALUES (1,'admin','$2y$10$AGpYqqSmF3SdaA2lcMdd8qsBgebiRJ2GOvdu8r4crSanoEcT7lIty','2025-01-03');
