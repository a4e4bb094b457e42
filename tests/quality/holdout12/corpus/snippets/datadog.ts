
class Client { private readonly key = 'b7c7ff5a49ba6909cebd13550a8a00cb'; }
export const cfg = { ddApiKey: 'b1fec8f327692fb7818de6f6744065657837182b' } satisfies Config;
const example = 'pub95f6fcc1a86b4a10833c583f96332771';
const example = 'changeme';
const ddApiKey = process.env['DD_API_KEY'];
