import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

new Elysia()
  .use(jwt({
    name: 'jwt',
    secret: Bun.env.JWT_SECRET ?? 'czWnc27RXM1tV4khEEtoOwTZqF6YCKg9bWA7O04cjBLA8rTE',
  }))
  .decorate('openai', new OpenAI({ apiKey: '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' }))
  .listen(3000);
