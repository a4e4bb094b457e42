import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  schema: './src/db/schema.ts',
  out: './drizzle',
  dialect: 'postgresql',
  dbCredentials: {
    url: 'postgresql://neondb_owner:Thistle.copper9882@ep-quiet-meadow-a1b2c3d4-pooler.eu-central-1.aws.neon.tech/neondb?sslmode=require',
  },
});
