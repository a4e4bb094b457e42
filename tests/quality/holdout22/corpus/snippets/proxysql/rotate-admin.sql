-- mysql -u admin -p -h 127.0.0.1 -P 6032 < rotate-admin.sql
UPDATE global_variables SET variable_value='admin:aqzc-5477-QHZV;radmin:GondolaZephyrWillow60'
 WHERE variable_name='admin-admin_credentials';
UPDATE global_variables SET variable_value='citadel_9_meadow_zephyr' WHERE variable_name='mysql-monitor_password';
INSERT INTO mysql_users (username, password, default_hostgroup) VALUES ('shop', 'thistle120166', 10);
INSERT INTO mysql_users (username, password, default_hostgroup) VALUES ('report', '*5F5E9D86FE2C889F4F5639210FFC3937EB951F1A', 20);
LOAD ADMIN VARIABLES TO RUNTIME; SAVE ADMIN VARIABLES TO DISK;
