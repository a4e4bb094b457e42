import ccxt

kraken = ccxt.kraken({
    'apiKey': '3kcNQRcCFhENugi5gO1vFf9FqEkeJxf6JLgZbtkB3arnI9zjm9BU4sOW',
    'secret': 'y18YMtAaQ8RNfQMmJ4Q1rsXWU2/vNtcJnZeVh5b++j+eDdaH4rHVPFtGJjD62DuTXUYLXNBB/QWH1HbE/1DIWA==',
    'enableRateLimit': True,
})
binance = ccxt.binance({'apiKey': 'c7aQksu6MT2yiUSTJ4LKssWBdp22KhOnYPZcHNGocprD2yV7oTfy3TT59RtOaZWA', 'secret': 'LO4h7UtU6MVyFaeXrmF1BpwarfiPYt9j6QnLtfUspg51E5DLtCjBDZBvuPL8fx8I'})
coinbase = ccxt.coinbase({
    'apiKey': 'organizations/365a953f-5678-4c94-87d2-05fa30ea0a97/apiKeys/0cc420ac-ec95-4260-b649-fd7ce2b2e95f',
    'secret': '-----BEGIN EC PRIVATE KEY-----\n7vj2K0CmBnWyuebIWUhMDs7rjQeXSrXJhZzR0I4FvGQCM3uJ57N8VrElh6fuyhM1\nSC4qFd6t+eEx90moPxOas7VPQaHTQHNkf05dmXTMCEcKZvcOSZ9ZePrIT0IXXN73\nZmmlXEyYIDc4QcQ2imypR7pjkp2uMjGHLw==\n-----END EC PRIVATE KEY-----\n',
})
# kraken key from the docs: YOUR_API_KEY
ORDER_ID = '595cd1f0-2bfc-42cc-8cba-9bdc4d234fa6'
TX = '0x2fbc46d917aafebfbafd4e5c1a5ebb5cb37d8e3e37b80ca0d309f5eefbd55e49'
