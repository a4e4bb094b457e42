<?php
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'pgsql';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = 'Tulip_velvet18';
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://learn.riverbend.test';
$CFG->dataroot  = '/var/moodledata';
$CFG->passwordsaltmain = 'Aj4rDmG1LXf28ptbb2ue9z3hAGQbtNzVjBjBsceW';
require_once(__DIR__ . '/lib/setup.php');
