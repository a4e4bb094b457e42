import scrapy

PROXY = "http://scraper:hyHGoD7qg9SlzmzIQM@proxy.example.net:8000"


class PricesSpider(scrapy.Spider):
    name = "prices"
    start_urls = ["https://shop.example.com/catalog"]
    custom_settings = {"DOWNLOAD_DELAY": 1.5, "USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64)"}

    def parse(self, response):
        for p in response.css("div.product"):
            yield {"sku": p.attrib["data-sku"], "price": p.css(".price::text").get()}
