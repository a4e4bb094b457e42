import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: 'db.basalt.internal',
      username: 'nest',
      password: 'Saffron willow ember 6',
      database: 'basalt',
    }),
  ],
})
export class AppModule {}
