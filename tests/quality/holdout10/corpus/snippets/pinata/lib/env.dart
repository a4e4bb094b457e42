// ignore_for_file: constant_identifier_names
const pinataJwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2Znk4N3N2a2RnamIiLCJpYXQiOjE3NjQzMTIyMzcsImp0aSI6IjA5YWVkNzQ0LWY0YTMtNGQwNS04YmE1LWYxNDg5ODg4OWVmYyJ9.icXgqJ_IBzHzevnykpJ1lF6oYAjZjUw1Nkn2ZduohGd';
const pinataApiKey = '48bae43c36239d7a7a6e';
const pinataCid = 'bafybeiwr401bp3bmur0xg39cst1neavburfyz31s4p8orzr398p9si1y66';
const pinataJwtFromEnv = '${PINATA_JWT}';
final pinataClient = PinataClient(apiKey: '71d0bc98efeef1c3c551e13ad6b361d5c2f9fae99f6c33b07033735cd30d8099');
