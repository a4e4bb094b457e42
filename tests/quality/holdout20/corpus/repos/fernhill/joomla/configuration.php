<?php
class JConfig {
	public $offline = false;
	public $sitename = 'Fernhill';
	public $dbtype = 'mysqli';
	public $user = 'joomla';
	public $password = 'yVp%1M^bq&exM4n%Ght2';
	public $secret = 'GjOJN2OnBHuGkhRd';
	public $smtppass = 'cact33PEPP46';
	public $dbprefix = 't1mpv_';
}
