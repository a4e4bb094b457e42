<?php
class JConfig {
	public $offline = false;
	public $sitename = 'Quokka';
	public $dbtype = 'mysqli';
	public $user = 'joomla';
	public $password = 'Feb27@2023';
	public $secret = 'm0WTBZjXUE0jtsAH';
	public $smtppass = 'maple.clover.ember.8';
	public $dbprefix = '9j88n_';
}
