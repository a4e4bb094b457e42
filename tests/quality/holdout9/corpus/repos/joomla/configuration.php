<?php
class JConfig {
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'joomla_usr';
	public $password = 'Lhogn_ry-4vp.k1#3fPc';
	public $db = 'joomla';
	public $dbprefix = 'jos_';
	public $secret = 'ZyicM9kvC8qf2aIg';
	public $mailer = 'smtp';
	public $smtpuser = 'apikey';
	public $smtppass = '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';
	public $smtphost = 'smtp.sendgrid.net';
	public $ftp_pass = '';
	public $session_handler = 'database';
	public $log_path = '/var/www/administrator/logs';
	public $cookie_domain = 'www.acme.example';
}
