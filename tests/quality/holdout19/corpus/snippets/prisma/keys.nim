import std/[os, httpclient]

const databaseUrl* = "prisma://accelerate.prisma-data.net/?api_key=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhcGlfa2V5IjoiNjY5ZWE4MGItZWQyMy00MzBjLTlkOGUtZGIzOGZiM2Y1NDlkIiwidGVuYW50X2lkIjoiYzA3NmI1NjA0MTkyYmFmYmNkZWYyMmJiNDY5NGI4Y2ZhNWFiMWRlODJlMmFmMTQ2YjRjZThhNTdmMDVlNmE4OSJ9.aV3qOrwo4eJTGMJHrjUUb1MK4x86DR_LhEVpU5iF66t"
const prismaDirectUrlTemplate* = "postgresql://USER:PASSWORD@HOST:5432/DB"
const databaseUrlSha256* = "a09dc2b561e0ea5586b942c3fe0a6ac4ba2f27da07aa911bc5b0203b2e64801b"
const databaseUrlExample* = "xxxxxxxxxxxxxxxxxxxxxxxx"
let databaseUrlFromEnv = getEnv("DATABASE_URL")
