<?php
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'pgsql';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = 'Lantern#cobalt40';
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://learn.riverbend.test';
$CFG->dataroot  = '/var/moodledata';
$CFG->passwordsaltmain = 'b2ue9z3hAGQbtNzVjBjBsceWavLiG7PFHAnYmMNn';
require_once(__DIR__ . '/lib/setup.php');
