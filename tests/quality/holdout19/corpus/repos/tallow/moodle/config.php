<?php
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'pgsql';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodleuser';
$CFG->dbpass    = 'summit7juniper1X';
$CFG->wwwroot   = 'https://learn.tallow.example';
$CFG->passwordsaltmain = 'E91a8T9g6GyeI4zhidEiCVN5Kk8GIAldzOQW0OTr';
$CFG->smtppass = 'changeme';
require_once(__DIR__ . '/lib/setup.php');
