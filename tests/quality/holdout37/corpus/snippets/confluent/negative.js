const confluentApiKey = 'Z0NW9EQCX9VS60ZZ';
const oldConfluentApiSecret = 'xVwp************3bXu';
const confluentApiSecret = 'paste-your-key';
