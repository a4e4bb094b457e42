import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: 'db.larkspur.internal',
      username: 'nest',
      password: 'Otter pepper lantern 4',
      database: 'larkspur',
    }),
  ],
})
export class AppModule {}
