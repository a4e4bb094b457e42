@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: 'inventory-db.internal',
      username: 'inventory',
      password: '2025-Jan-thistle',
      database: 'inventory',
      synchronize: false,
    }),
    BullModule.forRoot({ redis: { host: 'redis', password: process.env.REDIS_PASSWORD } }),
    SlackModule.forRoot({ token: 'xoxb-560757037578-1545431253408-MjS7RRWig0qRRCN2vLqnm4hS' }),
  ],
})
export class AppModule {}
