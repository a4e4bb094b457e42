import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

new Elysia()
  .use(jwt({
    name: 'jwt',
    secret: Bun.env.JWT_SECRET ?? 'MaBo1UgfiIn7aqYT9INK9uKjF8K8ZyGlQMaLVQSyVUKiaC68',
  }))
  .decorate('openai', new OpenAI({ apiKey: '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' }))
  .listen(3000);
