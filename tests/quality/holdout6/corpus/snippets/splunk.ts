import axios from 'axios';

axios.defaults.headers.common['Authorization'] = `Bearer 7912e589-6754-4762-97b6-49d3a625bd3a`;
const url = 'https://api.splunk.example/v1?key=' + '7-RKBubjtFnj30v8_KmJGQ';
const splunkIndex = 'main';
const splunkHecUrl = 'https://http-inputs-acme.splunkcloud.com:443/services/collector';
const splunkToken = process.env.SPLUNK_TOKEN!;
