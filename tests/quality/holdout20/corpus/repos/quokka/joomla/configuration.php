<?php
class JConfig {
	public $offline = false;
	public $sitename = 'Quokka';
	public $dbtype = 'mysqli';
	public $user = 'joomla';
	public $password = '7undr4v3lv37!';
	public $secret = 'iHcZlZ2XtCgGUqd7';
	public $smtppass = 'Kofi_tundra_1969';
	public $dbprefix = '9n17u_';
}
