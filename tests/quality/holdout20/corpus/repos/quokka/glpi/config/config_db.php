<?php
class DB extends DBmysql {
   public $dbhost = 'localhost';
   public $dbuser = 'glpi';
   public $dbpassword = 'reppocrepinuj60';
   public $dbdefault = 'glpi';
   public $use_utf8mb4 = true;
}
// glpicrypt.key sha1: 4702f2e622f4b4f6c36106a538748a6d99fa2fd2
