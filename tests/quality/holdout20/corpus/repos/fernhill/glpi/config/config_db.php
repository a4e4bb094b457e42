<?php
class DB extends DBmysql {
   public $dbhost = 'localhost';
   public $dbuser = 'glpi';
   public $dbpassword = 'fpkCKZoDsV7BvCLhmM0V';
   public $dbdefault = 'glpi';
   public $use_utf8mb4 = true;
}
// glpicrypt.key sha1: 1823f2f156ea9212393b60648795e96fc8192ae5
