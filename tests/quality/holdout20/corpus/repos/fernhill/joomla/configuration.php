<?php
class JConfig {
	public $offline = false;
	public $sitename = 'Fernhill';
	public $dbtype = 'mysqli';
	public $user = 'joomla';
	public $password = 'MuPX#%5ckGJAA%*Lrf8n';
	public $secret = 'g0ZmFXyIe4YwMpAX';
	public $smtppass = 'ognamrevolc79';
	public $dbprefix = 'mxh60_';
}
