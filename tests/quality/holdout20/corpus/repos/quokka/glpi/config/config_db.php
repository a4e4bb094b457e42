<?php
class DB extends DBmysql {
   public $dbhost = 'localhost';
   public $dbuser = 'glpi';
   public $dbpassword = '~Clover1546';
   public $dbdefault = 'glpi';
   public $use_utf8mb4 = true;
}
// glpicrypt.key sha1: 06a538748a6d99fa2fd2cad31b56d1526911674a
