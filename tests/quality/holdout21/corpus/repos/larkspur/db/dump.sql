-- MySQL dump 10.13
CREATE USER 'larkspur_app'@'%' IDENTIFIED BY 'Y4SHXI5aLTDk44';
GRANT ALL ON `larkspur`.* TO 'larkspur_app'@'%';
CREATE USER 'legacy'@'localhost' IDENTIFIED WITH mysql_native_password AS '*7737BC7BA780F9F729055B83DD70BEDEDFD06424';
INSERT INTO `settings` VALUES ('smtp_password','lilac-violet-quarry-blizzard'),('theme','dark');
