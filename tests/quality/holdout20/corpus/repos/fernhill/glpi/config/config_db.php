<?php
class DB extends DBmysql {
   public $dbhost = 'localhost';
   public $dbuser = 'glpi';
   public $dbpassword = 'l4n73rn7h1$7l3*';
   public $dbdefault = 'glpi';
   public $use_utf8mb4 = true;
}
// glpicrypt.key sha1: 0648795e96fc8192ae58ec4702f2e622f4b4f6c3
