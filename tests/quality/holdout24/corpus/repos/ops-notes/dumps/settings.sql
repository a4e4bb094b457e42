-- MySQL dump 10.13
LOCK TABLES `integration_settings` WRITE;
INSERT INTO `integration_settings` VALUES (1,'hubspot_portal','07109800'),(2,'smtp_password','aedb656ac9241f05a2ee7cf747b85377'),(3,'openai','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'),(4,'feature_flags','{\"beta\":true}');
UNLOCK TABLES;
