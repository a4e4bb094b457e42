'use strict';

// mollie integration (Thornbury Glasshouses, climate and orders platform)
const mollieApiKey = process.env.MOLLIE_API_KEY || 'live_CE4xbHM3IKarOSe0BxIcdD9Qg7mq3V';
const mollieTestKey = process.env.MOLLIE_TEST_KEY || 'test_Kd8vR2nQ5xT9bL3mW7cY1hP4jF6gZ0';
const exampleMollieApiKey = process.env.EXAMPLE_MOLLIE_API_KEY || 'xxxxxxxxxxxxxxxxxxxxxxxx';

module.exports = {};
