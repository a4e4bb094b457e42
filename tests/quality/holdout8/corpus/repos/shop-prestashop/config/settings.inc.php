<?php
// PrestaShop 1.6 settings, kept for the migration
define('_DB_SERVER_', 'localhost');
define('_DB_NAME_', 'presta16');
define('_DB_USER_', 'presta');
define('_DB_PASSWD_', 'kgOou7feRY7~xk');
define('_DB_PREFIX_', 'ps_');
define('_COOKIE_KEY_', 'VMTVYRYuFMK7dyK74ZQPPokEJoeMy4ArQYRqzT9rNoxUDiGOdad4I8iS');
define('_COOKIE_IV_', 'lTM75NBE');
define('_PS_CREATION_DATE_', '2016-02-11');
define('_PS_VERSION_', '1.6.1.24');
define('_RIJNDAEL_KEY_', 'Y2KXvhBXWquS6bIB1aFZeHFJIcLv832f');
define('_RIJNDAEL_IV_', 'szGAaT/+baGMZjB07il/6Q==');
