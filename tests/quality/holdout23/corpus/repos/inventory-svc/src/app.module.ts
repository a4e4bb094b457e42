@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: 'inventory-db.internal',
      username: 'inventory',
      password: '2021-Jan-timber',
      database: 'inventory',
      synchronize: false,
    }),
    BullModule.forRoot({ redis: { host: 'redis', password: process.env.REDIS_PASSWORD } }),
    SlackModule.forRoot({ token: 'xoxb-962570500935-5969374294546-8QdDBMuf4crrLrxHseSF8g8E' }),
  ],
})
export class AppModule {}
