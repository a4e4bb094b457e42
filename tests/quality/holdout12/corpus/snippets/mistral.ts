
class Client { private readonly key = 'nrdkJcYIXw7lntzkUYJBqe0enddkUcXF'; }
const example = 'mistral-large-latest';
const example = 'TODO-MISTRAL_API_KEY';
const mistralApiKey = process.env['MISTRAL_API_KEY'];
