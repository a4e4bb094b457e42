-- MySQL dump 10.13
CREATE USER 'tinderbox_app'@'%' IDENTIFIED BY 'BLIZ88falc';
GRANT ALL ON `tinderbox`.* TO 'tinderbox_app'@'%';
CREATE USER 'legacy'@'localhost' IDENTIFIED WITH mysql_native_password AS '*B036F33A748B7B447D5C43B6D27152C4C64CE60B';
INSERT INTO `settings` VALUES ('smtp_password','616juniperCOPPER'),('theme','dark');
