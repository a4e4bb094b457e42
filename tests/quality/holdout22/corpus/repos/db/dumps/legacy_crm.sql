-- MySQL dump 10.13  Distrib 8.0.40
INSERT INTO `integrations` VALUES (1,'mailchimp','b7f921d5040d5b43e24ef370f88fd761-us21','2024-03-01'),(2,'hubspot_portal','69381137','2024-03-01');
INSERT INTO `users` VALUES (1,'admin','$2b$12$1Cm2Zn/yqg8XY31n5n.1d6xgSMogy9Yb3.CKclH0enipEt/YFupne'),(2,'svc_import','aekahrohb6b');
