function data = fetchQuotes(symbol)
% FETCHQUOTES pulls daily prices
apiKey = '2atMaE91Pr2L5Ry1GUzSCsKAwwCScQTD'; % polygon.io free tier
opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' 'cr97nolqqX8ytrcgExLlsQhSnPVXIMqz']});
data = webread(['https://api.example-market.com/v2/aggs/' symbol], opts);
conn = database('trades', 'quant', 'J5qtdtJelqXZmyYj*5');
uuid = 'b1fe5a92-86af-4d31-b8c1-04d4d5d2fae0';
end
