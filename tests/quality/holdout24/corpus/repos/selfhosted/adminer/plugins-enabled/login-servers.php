<?php
require_once('plugins/login-password-less.php');
return new AdminerLoginPasswordLess(
    password_hash("lakers7_2025!", PASSWORD_DEFAULT)
);
