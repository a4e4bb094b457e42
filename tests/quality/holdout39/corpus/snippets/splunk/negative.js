// splunk: not secrets
const splunkIndex = 'ats_prod';
const splunkHecTokenOld = 'a162f5ab-376c-0123456789abcdefghijkl';
const splunkHecTokenStaging = '[REDACTED]';
