
class Client { private readonly key = 'YXPlTwotmY5RumucRqYmlNNbt1yxcfWA'; }
const example = 'mistral-large-latest';
const example = 'TODO-MISTRAL_API_KEY';
const mistralApiKey = process.env['MISTRAL_API_KEY'];
