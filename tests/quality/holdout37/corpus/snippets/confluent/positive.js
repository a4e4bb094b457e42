const client = new ConfluentClient({ apiKey: 'xVwp2eiCLBVAa3Y1xQro6SHtL86pC291QLhcpWJk+VxBCD5Sakjypd5fyeRV3bXu' });
